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
   * Both questions. The code joins both codes with {@code and}; a side whose code has an {@code or}
   * outside brackets is put in brackets, so that {@code a.and(b.or(c))} reads {@code a and (b or c)}
   * and {@link io.parcelclaims.message.Wording} reads it with its grouping.
   *
   * @param other the other condition
   * @return a condition true when both are
   */
  default Condition and(Condition other) {
    Condition self = this;
    return Policies.condition(
        bracketedIfOr(code()) + " and " + bracketedIfOr(other.code()),
        (c, x) -> self.test(c, x) && other.test(c, x));
  }

  /**
   * Either question. The code joins both codes with {@code or}; no brackets are needed, since
   * {@code and} binds tighter than {@code or} ({@code a and b or c} is {@code (a and b) or c}).
   *
   * @param other the other condition
   * @return a condition true when either is
   */
  default Condition or(Condition other) {
    Condition self = this;
    return Policies.condition(
        code() + " or " + other.code(), (c, x) -> self.test(c, x) || other.test(c, x));
  }

  private static String bracketedIfOr(String code) {
    int depth = 0;
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (depth == 0 && code.startsWith(" or ", i)) {
        return "(" + code + ")";
      }
    }
    return code;
  }
}
