package io.parcelclaims.policy;

import io.parcelclaims.money.Money;
import java.math.BigDecimal;

/**
 * A part of a tariff that yields an amount, with the step explaining it. Parts compose: the default
 * methods wrap this rule in another, so a chain reads in the order it applies:
 * {@code provedValue().cappedAt("sf.cap", feeMultiple("sf.seven-times-fee", 7))} takes the proved
 * value, then caps it.
 *
 * <p>A policy author writes a custom part by implementing {@link #evaluate}; it must be pure, give a
 * non-negative amount in the claim's currency, round at most once with
 * {@link Evaluation#rounding()}, and explain itself with {@link Evaluation#step}.
 *
 * @since 0.1.0
 */
public interface AmountRule {

  /** {@return the rule's id, lowercase and dotted; shown with the policy's version} */
  String id();

  /**
   * Yields the amount, or the evidence still needed for it.
   *
   * @param evaluation the claim, context and settings
   * @return the result with its explaining step
   */
  RuleResult evaluate(Evaluation evaluation);

  /**
   * This amount, at most {@code limit}.
   *
   * @param id the cap's id
   * @param limit the cap
   * @return the capped rule
   */
  default AmountRule cappedAt(String id, AmountRule limit) {
    return new CappedRule(id, this, limit, false, null);
  }

  /**
   * This amount at most {@code limit}, where the cap is a carrier's standard term that a court may
   * set aside (Civil Code Art. 496–497): the assessment then carries an alternative without it,
   * unless the context says the carrier can prove notice.
   *
   * @param id the cap's id
   * @param limit the cap
   * @return the capped rule
   */
  default AmountRule cappedAtContested(String id, AmountRule limit) {
    return new CappedRule(id, this, limit, true, null);
  }

  /**
   * This amount at most {@code limit}, except when {@code voidedWhen} holds, when the cap cannot be
   * invoked (Postal Law Art. 47 ¶3: intent, gross negligence).
   *
   * @param id the cap's id
   * @param limit the cap
   * @param voidedWhen when the cap is not available
   * @return the capped rule
   */
  default AmountRule cappedAtUnless(String id, AmountRule limit, Condition voidedWhen) {
    return new CappedRule(id, this, limit, false, voidedWhen);
  }

  /**
   * This amount, at least {@code floor}.
   *
   * @param id the floor's id
   * @param floor the floor
   * @return the floored rule
   */
  default AmountRule atLeast(String id, AmountRule floor) {
    return new FloorRule(id, this, floor);
  }

  /**
   * This amount less a fixed deductible, never below zero.
   *
   * @param id the deductible's id
   * @param deductible the amount deducted
   * @return the reduced rule
   */
  default AmountRule lessDeductible(String id, Money deductible) {
    return new DeductibleRule(id, this, deductible, null);
  }

  /**
   * This amount less a percentage of itself.
   *
   * @param id the deductible's id
   * @param percent from 0 to 100
   * @return the reduced rule
   */
  default AmountRule lessPercent(String id, BigDecimal percent) {
    return new DeductibleRule(id, this, null, percent);
  }

  /**
   * This amount times a non-negative factor, rounded once.
   *
   * @param id the multiplier's id
   * @param factor the factor
   * @return the multiplied rule
   */
  default AmountRule times(String id, BigDecimal factor) {
    return new MultipliedRule(id, this, factor);
  }

  /**
   * This amount times the share of value lost: assessed loss over proved value (L / V), the ratio
   * kept exact and the product rounded once (Postal Law Art. 47(1), GB/T 27917.3 partial damage).
   *
   * @param id the rule's id
   * @return the proportional rule
   */
  default AmountRule proportionalToLoss(String id) {
    return new ProportionalRule(id, this);
  }
}
