package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.message.MessageArg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A policy with standing rules and time bars in front of it: the questions a claims desk answers
 * before it prices a claim.
 *
 * <p>{@link #assess} asks, in this order:
 *
 * <ol>
 *   <li>every standing rule; if one says the claimant may not claim, the outcome is {@link
 *       Outcome#DENIED} with {@link DenialReason#NOT_ENTITLED_TO_CLAIM} and no time bar is asked;
 *   <li>every time bar; if any is {@linkplain Timeliness#BARRED barred}, the outcome is {@link
 *       Outcome#DENIED} with each barred answer's reason (in order, without repeats); else if any is
 *       {@linkplain Timeliness#TOO_EARLY too early}, the outcome is {@link Outcome#NOT_YET_DUE},
 *       due on the latest of their dates, with no lines;
 *   <li>otherwise the wrapped policy decides.
 * </ol>
 *
 * <p>The explanation's root is the wrapped policy's root step ({@code explain.policy}); beneath it
 * come the steps of the rules asked, in order, then on a denial one {@code explain.denied} step per
 * reason, named after the rule that gave it, and otherwise the steps of the wrapped policy. The
 * guarded policy has the wrapped policy's id and period: the guards decide whether it runs, not how
 * it pays. Immutable and thread-safe when its parts are.
 *
 * @since 0.1.0
 */
public final class GuardedPolicy implements CompensationPolicy {
  private final CompensationPolicy policy;
  private final List<StandingRule> standing;
  private final List<TimeBar> timeBars;

  private GuardedPolicy(CompensationPolicy policy, List<StandingRule> standing, List<TimeBar> timeBars) {
    this.policy = policy;
    this.standing = List.copyOf(standing);
    this.timeBars = List.copyOf(timeBars);
  }

  /**
   * Starts a guarded policy.
   *
   * @param policy the policy that prices claims which pass the guards
   * @return a builder
   */
  public static Builder builder(CompensationPolicy policy) {
    return new Builder(policy);
  }

  /** {@return the wrapped policy's id} */
  @Override
  public PolicyId id() {
    return policy.id();
  }

  /** {@return the wrapped policy's period} */
  @Override
  public EffectivePeriod period() {
    return policy.period();
  }

  /** {@return the wrapped policy} */
  public CompensationPolicy policy() {
    return policy;
  }

  /** {@return the standing rules, in the order they are asked} */
  public List<StandingRule> standingRules() {
    return standing;
  }

  /** {@return the time bars, in the order they are asked} */
  public List<TimeBar> timeBars() {
    return timeBars;
  }

  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    Policies.requireInForce(this, context);
    List<ExplanationStep> steps = new ArrayList<>();
    for (StandingRule rule : standing) {
      StandingAnswer answer = Objects.requireNonNull(rule.check(claim, context), "standing answer");
      steps.add(answer.step());
      if (!answer.entitled()) {
        steps.add(denied(rule.id(), DenialReason.NOT_ENTITLED_TO_CLAIM));
        return refused(claim, Outcome.DENIED, List.of(DenialReason.NOT_ENTITLED_TO_CLAIM), null, steps);
      }
    }
    List<DenialReason> reasons = new ArrayList<>();
    List<ExplanationStep> denials = new ArrayList<>();
    LocalDate dueOn = null;
    for (TimeBar bar : timeBars) {
      TimeBarAnswer answer = Objects.requireNonNull(bar.check(claim, context), "time-bar answer");
      steps.add(answer.step());
      if (answer.isBarred()) {
        DenialReason reason = answer.reason().orElseThrow();
        if (!reasons.contains(reason)) {
          reasons.add(reason);
          denials.add(denied(bar.id(), reason));
        }
      } else if (answer.isTooEarly()) {
        LocalDate from = answer.date().orElseThrow();
        dueOn = dueOn == null || from.isAfter(dueOn) ? from : dueOn;
      }
    }
    if (!reasons.isEmpty()) {
      steps.addAll(denials);
      return refused(claim, Outcome.DENIED, reasons, null, steps);
    }
    if (dueOn != null) {
      return refused(claim, Outcome.NOT_YET_DUE, List.of(), dueOn, steps);
    }
    return passed(policy.assess(claim, context), steps);
  }

  private Assessment refused(
      Claim claim, Outcome outcome, List<DenialReason> reasons, LocalDate dueOn, List<ExplanationStep> steps) {
    ExplanationStep.Builder root = ExplanationStep.builder();
    root.rule(policy.id()).messageKey("explain.policy").addArguments(MessageArg.code(policy.id().toString()));
    Assessment.Builder a = Assessment.builder();
    a.policy(policy.id())
        .outcome(outcome)
        .addAllDenialReasons(reasons)
        .currency(claim.shipment().currency())
        .explanation(root.addAllChildren(steps).build());
    if (dueOn != null) {
      a.dueOn(dueOn);
    }
    return a.build();
  }

  /** The wrapped policy's assessment, with the guards' steps first beneath its root. */
  private static Assessment passed(Assessment inner, List<ExplanationStep> guards) {
    ExplanationStep top = inner.explanation();
    ExplanationStep.Builder root = ExplanationStep.builder();
    root.rule(top.rule())
        .messageKey(top.messageKey())
        .addAllArguments(top.arguments())
        .addAllFacts(top.facts())
        .before(top.before())
        .after(top.after())
        .chosen(top.chosen())
        .addAllChildren(guards)
        .addAllChildren(top.children());
    Assessment.Builder a = Assessment.builder();
    a.policy(inner.policy())
        .outcome(inner.outcome())
        .addAllDenialReasons(inner.denialReasons())
        .addAllMissingEvidence(inner.missingEvidence())
        .dueOn(inner.dueOn())
        .addAllLines(inner.lines())
        .currency(inner.currency())
        .explanation(root.build())
        .alternative(inner.alternative());
    return a.build();
  }

  private static ExplanationStep denied(PolicyId rule, DenialReason reason) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(rule).messageKey("explain.denied").addArguments(MessageArg.code(reason.code())).build();
  }

  @Override
  public String toString() {
    return "GuardedPolicy[" + policy.id() + ", standing " + standing.stream().map(StandingRule::id).toList()
        + ", time bars " + timeBars.stream().map(TimeBar::id).toList() + "]";
  }

  /** Collects the guards of a {@link GuardedPolicy}; use once. */
  public static final class Builder {
    private final CompensationPolicy policy;
    private final List<StandingRule> standing = new ArrayList<>();
    private final List<TimeBar> timeBars = new ArrayList<>();

    private Builder(CompensationPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Adds a standing rule, asked after those added before.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder standing(StandingRule rule) {
      standing.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a time bar, asked after those added before.
     *
     * @param bar the time bar
     * @return this builder
     */
    public Builder timeBar(TimeBar bar) {
      timeBars.add(Objects.requireNonNull(bar, "bar"));
      return this;
    }

    /** {@return the guarded policy} */
    public GuardedPolicy build() {
      return new GuardedPolicy(policy, standing, timeBars);
    }
  }
}
