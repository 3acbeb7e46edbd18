package io.parcelclaims.policy;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** An amount times the share of value lost, L / V, with the ratio kept exact until one rounding. */
final class ProportionalRule implements AmountRule {
  private final String id;
  private final AmountRule inner;

  ProportionalRule(String id, AmountRule inner) {
    this.id = id;
    this.inner = inner;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    RuleResult in = inner.evaluate(e);
    List<EvidenceKind> missing = new ArrayList<>(Results.missing(List.of(in)));
    if (e.context().assessedLoss().isEmpty() && !missing.contains(EvidenceKind.REPAIR_ESTIMATE)) {
      missing.add(EvidenceKind.REPAIR_ESTIMATE);
    }
    if (e.context().provedValue().isEmpty() && !missing.contains(EvidenceKind.PURCHASE_PROOF)) {
      missing.add(EvidenceKind.PURCHASE_PROOF);
    }
    if (!missing.isEmpty()) {
      return RuleResult.missing(
          missing,
          e.step(id, "explain.evidence-missing", MessageArg.code(missing.stream().map(EvidenceKind::code).collect(java.util.stream.Collectors.joining(", "))))
              .addChildren(in.step())
              .build());
    }
    Money loss = e.context().assessedLoss().get();
    Money value = e.context().provedValue().get();
    Money before = Results.value(in);
    BigDecimal ratio =
        value.isZero()
            ? BigDecimal.ZERO
            : loss.amount().divide(value.amount(), MathContext.DECIMAL128).min(BigDecimal.ONE);
    Money after = Money.of(before.currency(), before.amount().multiply(ratio).setScale(before.amount().scale(), e.rounding()));
    return RuleResult.amount(
        after,
        e.step(id, "explain.proportional", MessageArg.money(loss), MessageArg.money(value), MessageArg.money(before), MessageArg.money(after))
            .addFacts(new Fact("assessedLoss", MessageArg.money(loss)), new Fact("provedValue", MessageArg.money(value)))
            .before(before)
            .after(after)
            .addChildren(in.step())
            .build());
  }
}
