package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A policy built by {@link Tariff}: denials, then lines. */
final class TariffPolicy implements CompensationPolicy {
  record Denial(String ruleId, Condition when, DenialReason reason) {}

  record Line(LineKind kind, Remedy remedy, AmountRule rule) {
    static final Line PRIOR_PAYOUTS = new Line(LineKind.PRIOR_PAYMENT_OFFSET, Remedy.CASH, null);
    static final Line SALVAGE = new Line(LineKind.SALVAGE_DEDUCTION, Remedy.CASH, null);
  }

  private final PolicyId id;
  private final EffectivePeriod period;
  private final RoundingMode rounding;
  private final List<Denial> denials;
  private final List<Line> lines;

  TariffPolicy(PolicyId id, EffectivePeriod period, RoundingMode rounding, List<Denial> denials, List<Line> lines) {
    this.id = id;
    this.period = period;
    this.rounding = rounding;
    this.denials = List.copyOf(denials);
    this.lines = List.copyOf(lines);
  }

  @Override
  public PolicyId id() {
    return id;
  }

  @Override
  public EffectivePeriod period() {
    return period;
  }

  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    Policies.requireInForce(this, context);
    Evaluation e = new Evaluation(claim, context, id.version(), rounding, false);
    for (Denial d : denials) {
      if (d.when().test(claim, context)) {
        ExplanationStep step =
            e.step(d.ruleId(), "explain.denied", MessageArg.code(d.reason().code()))
                .addFacts(new Fact(d.when().code(), MessageArg.code("true")))
                .build();
        return Assessment.builder()
            .policy(id)
            .outcome(Outcome.DENIED)
            .addDenialReasons(d.reason())
            .currency(e.currency())
            .explanation(root(e).addChildren(step).build())
            .build();
      }
    }
    Run run = run(e);
    Assessment.Builder a = Assessment.builder().policy(id).currency(e.currency());
    if (!run.missing.isEmpty()) {
      return a.outcome(Outcome.NEEDS_EVIDENCE)
          .addAllMissingEvidence(run.missing)
          .explanation(root(e).addAllChildren(run.steps).build())
          .build();
    }
    a.outcome(Outcome.PAYABLE).addAllLines(run.lines).explanation(root(e).addAllChildren(run.steps).build());
    if (!context.capNoticeProven() && usedContestedCap(run.steps)) {
      Evaluation aside = e.settingAsideContestedCaps();
      Run alt = run(aside);
      a.alternative(
          Alternative.builder()
              .reasonKey("alternative.contested-cap")
              .currency(e.currency())
              .addAllLines(alt.lines)
              .explanation(root(aside).addAllChildren(alt.steps).build())
              .build());
    }
    return a.build();
  }

  private ExplanationStep.Builder root(Evaluation e) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(id).messageKey("explain.policy").addArguments(MessageArg.code(id.toString()));
  }

  private Run run(Evaluation e) {
    Run run = new Run();
    Money running = e.zero();
    for (Line line : lines) {
      if (line.rule() == null) {
        Money deduction = deduction(line, e, running);
        running = running.minus(deduction);
        run.steps.add(deductionStep(line, e, deduction, running));
        if (!deduction.isZero()) {
          run.lines.add(SettlementLine.of(line.kind(), line.remedy(), deduction));
        }
        continue;
      }
      RuleResult r = line.rule().evaluate(e);
      if (!doesNotApply(r)) {
        run.steps.add(r.step());
      }
      if (r instanceof RuleResult.Missing m) {
        m.evidence().stream().filter(k -> !run.missing.contains(k)).forEach(run.missing::add);
      } else if (r instanceof RuleResult.Amount amount && !amount.value().isZero()) {
        run.lines.add(SettlementLine.of(line.kind(), line.remedy(), amount.value()));
        running = running.plus(amount.value());
      }
    }
    return run;
  }

  /** A line whose every branch's condition fails pays nothing and leaves no step. */
  private static boolean doesNotApply(RuleResult r) {
    return r instanceof RuleResult.Amount a
        && a.value().isZero()
        && r.step().messageKey().equals(FirstApplicableRule.NO_BRANCH_APPLIES);
  }

  private static Money deduction(Line line, Evaluation e, Money running) {
    Money wanted =
        line == Line.PRIOR_PAYOUTS
            ? Money.total(e.currency(), e.context().priorPayouts())
            : e.context().salvageValue().orElse(e.zero());
    return wanted.min(running.max(e.zero()));
  }

  private static ExplanationStep deductionStep(Line line, Evaluation e, Money deduction, Money after) {
    String ruleId = line == Line.PRIOR_PAYOUTS ? "offset.prior-payouts" : "deduct.salvage";
    String key = line == Line.PRIOR_PAYOUTS ? "explain.prior-payouts-offset" : "explain.salvage-deducted";
    return e.step(ruleId, key, MessageArg.money(deduction)).before(after.plus(deduction)).after(after).build();
  }

  private static boolean usedContestedCap(List<ExplanationStep> steps) {
    return steps.stream()
        .flatMap(s -> s.flatten().stream())
        .anyMatch(s -> s.messageKey().equals(CappedRule.CONTESTED_APPLIED));
  }

  @Override
  public String toString() {
    return "Tariff[" + id + " " + period + "]";
  }

  private static final class Run {
    final List<SettlementLine> lines = new ArrayList<>();
    final List<ExplanationStep> steps = new ArrayList<>();
    final List<EvidenceKind> missing = new ArrayList<>();
  }
}
