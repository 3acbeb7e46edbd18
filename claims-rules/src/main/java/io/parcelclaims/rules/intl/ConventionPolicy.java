package io.parcelclaims.rules.intl;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A convention: first whether it applies to the carriage at all, then the tariff that prices the
 * claim under it.
 *
 * <p>Every exclusion that holds (a postal item, the wrong mode of transport) gives a step of its own,
 * and the claim is {@link Outcome#DENIED} with {@link DenialReason#CONVENTION_NOT_APPLICABLE}.
 * Otherwise the tariff's assessment is returned under this policy's id, with a step saying why the
 * convention applies above the tariff's steps. The date of carriage (the acceptance date in the
 * context's zone) must fall in the period, like the governing date: a version governs the carriage
 * performed while it was in force.
 */
final class ConventionPolicy implements CompensationPolicy {
  /** A reason the convention does not apply, with the message explaining it. */
  record Exclusion(String ruleId, Condition when, String messageKey) {}

  private final CompensationPolicy tariff;
  private final List<Exclusion> exclusions;
  private final String appliesRuleId;
  private final String appliesKey;
  private final BiFunction<Claim, LocalDate, List<MessageArg>> appliesArguments;

  ConventionPolicy(
      CompensationPolicy tariff,
      List<Exclusion> exclusions,
      String appliesRuleId,
      String appliesKey,
      BiFunction<Claim, LocalDate, List<MessageArg>> appliesArguments) {
    this.tariff = tariff;
    this.exclusions = List.copyOf(exclusions);
    this.appliesRuleId = appliesRuleId;
    this.appliesKey = appliesKey;
    this.appliesArguments = appliesArguments;
  }

  @Override
  public PolicyId id() {
    return tariff.id();
  }

  @Override
  public EffectivePeriod period() {
    return tariff.period();
  }

  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    Policies.requireInForce(this, context);
    LocalDate carriage = claim.shipment().acceptanceDate(context.zone());
    if (!period().contains(carriage)) {
      throw new IllegalArgumentException(
          id() + " governs carriage " + period() + ", not carriage on " + carriage + "; pick the version by the date of carriage");
    }
    List<Fact> facts =
        List.of(
            new Fact("transportMode", MessageArg.code(claim.shipment().transportMode().name())),
            new Fact("mailClass", MessageArg.code(claim.shipment().mailClass().name())),
            new Fact("carriageDate", MessageArg.date(carriage)));
    List<ExplanationStep> denials = new ArrayList<>();
    for (Exclusion x : exclusions) {
      if (x.when().test(claim, context)) {
        denials.add(
            step(x.ruleId(), x.messageKey(), arguments(claim))
                .addAllFacts(facts)
                .addFacts(new Fact(x.when().code(), MessageArg.code("true")))
                .build());
      }
    }
    if (!denials.isEmpty()) {
      return Assessment.builder()
          .policy(id())
          .outcome(Outcome.DENIED)
          .addDenialReasons(DenialReason.CONVENTION_NOT_APPLICABLE)
          .currency(claim.shipment().currency())
          .explanation(root().addAllChildren(denials).build())
          .build();
    }
    Assessment inner = tariff.assess(claim, context);
    ExplanationStep applies = step(appliesRuleId, appliesKey, appliesArguments.apply(claim, carriage)).addAllFacts(facts).build();
    Assessment.Builder b = Assessment.builder();
    return b.policy(id())
        .outcome(inner.outcome())
        .addAllDenialReasons(inner.denialReasons())
        .addAllMissingEvidence(inner.missingEvidence())
        .dueOn(inner.dueOn())
        .addAllLines(inner.lines())
        .currency(inner.currency())
        .explanation(root().addChildren(applies).addAllChildren(inner.explanation().children()).build())
        .alternative(inner.alternative())
        .build();
  }

  private static List<MessageArg> arguments(Claim claim) {
    return List.of(
        MessageArg.code(claim.shipment().mailClass().name()),
        MessageArg.code(claim.shipment().transportMode().name()),
        MessageArg.code(DenialReason.CONVENTION_NOT_APPLICABLE.code()));
  }

  private ExplanationStep.Builder root() {
    return step(id().id(), "explain.policy", List.of(MessageArg.code(id().toString())));
  }

  private ExplanationStep.Builder step(String ruleId, String key, List<MessageArg> args) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    b.rule(PolicyId.of(ruleId, id().version())).messageKey(key).addAllArguments(args);
    return b;
  }

  @Override
  public String toString() {
    return "Convention[" + id() + " " + period() + "]";
  }
}
