package io.parcelclaims.policy;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A policy's answer for one claim: the outcome, the itemised lines and their total, and the
 * explanation of how they came about.
 *
 * <p>Every line is non-negative and in the claim's currency; the total is the lines' signed sum and
 * never negative. A denial carries its reasons, a request for evidence the kinds still missing, a
 * not-yet-due answer the date it becomes due. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /** {@return the policy version that produced this assessment} */
  public abstract PolicyId policy();

  /** {@return what was decided} */
  public abstract Outcome outcome();

  /** {@return why the claim was denied; empty unless denied} */
  public abstract List<DenialReason> denialReasons();

  /** {@return the evidence still missing; empty unless evidence is needed} */
  public abstract List<EvidenceKind> missingEvidence();

  /** {@return when a not-yet-due claim becomes due} */
  public abstract Optional<LocalDate> dueOn();

  /** {@return the itemised lines, in the order the policy produced them} */
  public abstract List<SettlementLine> lines();

  /** {@return the claim's currency} */
  public abstract Currency currency();

  /** {@return the root of the explanation} */
  public abstract ExplanationStep explanation();

  /** {@return the outcome with contested caps set aside, when a contested cap applied} */
  public abstract Optional<Alternative> alternative();

  /** {@return the signed sum of the lines, zero when there are none} */
  public final Money total() {
    return Money.total(currency(), lines().stream().map(SettlementLine::signedAmount).toList());
  }

  /** {@return the explanation's steps, pre-order, in the order the rules applied} */
  public final List<ExplanationStep> steps() {
    return explanation().flatten();
  }

  /** {@return the rule ids of the chosen steps, as {@code id@version}, pre-order} */
  public final List<String> ruleIds() {
    return steps().stream().filter(ExplanationStep::chosen).map(s -> s.rule().toString()).toList();
  }

  /** {@return whether the outcome is {@link Outcome#PAYABLE}} */
  public final boolean isPayable() {
    return outcome() == Outcome.PAYABLE;
  }

  /** {@return whether the outcome is {@link Outcome#DENIED}} */
  public final boolean isDenied() {
    return outcome() == Outcome.DENIED;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    for (int i = 0; i < lines().size(); i++) {
      if (!lines().get(i).amount().currency().equals(currency())) {
        checks.add(
            "lines[" + i + "].amount",
            "assessment.currency-differs",
            "must be in the claim's currency " + currency(),
            currency());
      }
    }
    if (checks.isEmpty() && total().isNegative()) {
      checks.add("lines", "assessment.negative-total", "must not total below zero (was " + total() + ")", total());
    }
    if (outcome() == Outcome.DENIED && denialReasons().isEmpty()) {
      checks.add("denialReasons", "assessment.reason-required", "must name at least one reason for a denial");
    }
    if (outcome() == Outcome.NEEDS_EVIDENCE && missingEvidence().isEmpty()) {
      checks.add("missingEvidence", "assessment.evidence-required", "must name the evidence still missing");
    }
    if (outcome() == Outcome.NOT_YET_DUE && dueOn().isEmpty()) {
      checks.add("dueOn", "assessment.due-date-required", "is required when the claim is not yet due");
    }
    checks.throwIfAny();
  }

  /** Builds an {@link Assessment}; use once. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
