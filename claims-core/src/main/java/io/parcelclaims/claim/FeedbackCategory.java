package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * What a claimant's feedback at follow-up is about (docs/process.md, step 7); service-improvement
 * reports count it.
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record FeedbackCategory(String code) {
  /** How long handling took. */
  public static final FeedbackCategory SPEED = new FeedbackCategory("speed");

  /** How well the claimant was kept informed. */
  public static final FeedbackCategory COMMUNICATION = new FeedbackCategory("communication");

  /** The amount or remedy offered. */
  public static final FeedbackCategory AMOUNT = new FeedbackCategory("amount");

  /** The conduct of the carrier's staff. */
  public static final FeedbackCategory STAFF = new FeedbackCategory("staff");

  /** The claim form, the evidence asked for and the steps to follow. */
  public static final FeedbackCategory PROCESS = new FeedbackCategory("process");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public FeedbackCategory {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static FeedbackCategory of(String code) {
    return new FeedbackCategory(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
