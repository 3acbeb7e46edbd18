package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;

/**
 * A yes/no question about a claim and its context, with a code that explanations show.
 *
 * <p>Conditions are pure. The common ones come from {@link Policies}.
 *
 * @since 0.1.0
 */
public interface Condition {

  /** {@return a short code naming the question, such as {@code insured} or {@code type=LOSS}} */
  String code();

  /**
   * Answers the question.
   *
   * @param claim the claim
   * @param context its context
   * @return the answer
   */
  boolean test(Claim claim, AssessmentContext context);

  /** {@return the opposite question} */
  default Condition negate() {
    Condition self = this;
    return Policies.condition("not(" + code() + ")", (c, x) -> !self.test(c, x));
  }

  /**
   * Both questions.
   *
   * @param other the other condition
   * @return a condition true when both are
   */
  default Condition and(Condition other) {
    Condition self = this;
    return Policies.condition(
        code() + " and " + other.code(), (c, x) -> self.test(c, x) && other.test(c, x));
  }

  /**
   * Either question.
   *
   * @param other the other condition
   * @return a condition true when either is
   */
  default Condition or(Condition other) {
    Condition self = this;
    return Policies.condition(
        code() + " or " + other.code(), (c, x) -> self.test(c, x) || other.test(c, x));
  }
}
