package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * What an {@link AmountRule} receives: the claim, its context, the rounding mode and the version of
 * the policy being run.
 *
 * @since 0.1.0
 */
public final class Evaluation {
  private final Claim claim;
  private final AssessmentContext context;
  private final String version;
  private final RoundingMode rounding;
  private final boolean contestedCapsSetAside;

  Evaluation(
      Claim claim,
      AssessmentContext context,
      String version,
      RoundingMode rounding,
      boolean contestedCapsSetAside) {
    this.claim = Objects.requireNonNull(claim, "claim");
    this.context = Objects.requireNonNull(context, "context");
    this.version = version;
    this.rounding = rounding;
    this.contestedCapsSetAside = contestedCapsSetAside;
  }

  /**
   * An evaluation as a policy gives its rules, for a policy author who runs rules outside a
   * {@link Tariff} (a policy of their own, or a test of one rule). Contested caps apply.
   *
   * @param claim the claim being assessed
   * @param context the facts around it
   * @param version the version of the policy being run, which the rules' ids carry
   * @param rounding the mode every rule rounds with
   * @return the evaluation
   * @since 0.2.0
   */
  public static Evaluation of(Claim claim, AssessmentContext context, String version, RoundingMode rounding) {
    return new Evaluation(claim, context, Objects.requireNonNull(version, "version"),
        Objects.requireNonNull(rounding, "rounding"), false);
  }

  /** {@return the claim being assessed} */
  public Claim claim() {
    return claim;
  }

  /** {@return the facts around the claim} */
  public AssessmentContext context() {
    return context;
  }

  /** {@return the mode every rule rounds with, once, at its end} */
  public RoundingMode rounding() {
    return rounding;
  }

  /** {@return the claim's currency} */
  public Currency currency() {
    return claim.shipment().currency();
  }

  /** {@return zero in the claim's currency} */
  public Money zero() {
    return Money.zero(currency());
  }

  /** {@return whether this run sets contested caps aside (the alternative outcome)} */
  public boolean contestedCapsSetAside() {
    return contestedCapsSetAside;
  }

  /**
   * The id of a rule within the policy being run: the rule's id at the policy's version.
   *
   * @param ruleId the rule's id
   * @return {@code ruleId@version}
   */
  public PolicyId rule(String ruleId) {
    return PolicyId.of(ruleId, version);
  }

  /**
   * Starts an explanation step for a rule.
   *
   * @param ruleId the rule's id
   * @param messageKey the message key
   * @param arguments the message's arguments
   * @return a builder with rule, key and arguments set
   */
  public ExplanationStep.Builder step(String ruleId, String messageKey, MessageArg... arguments) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    b.rule(rule(ruleId)).messageKey(messageKey).addArguments(arguments);
    return b;
  }

  Evaluation settingAsideContestedCaps() {
    return new Evaluation(claim, context, version, rounding, true);
  }
}
