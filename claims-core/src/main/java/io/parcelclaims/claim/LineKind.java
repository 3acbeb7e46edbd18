package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * What a settlement or assessment line is for, and whether it is deducted from the total.
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of} or
 * {@link #deduction}. Every line's amount is non-negative; a deduction line is subtracted.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @param deducted whether the line is subtracted from the total
 * @since 0.1.0
 */
public record LineKind(String code, boolean deducted) {
  /** Compensation for the loss itself. */
  public static final LineKind COMPENSATION = new LineKind("compensation", false);

  /** The shipping fee refunded or waived. */
  public static final LineKind FEE_REFUND = new LineKind("fee-refund", false);

  /** The agreed salvage value of damaged goods the claimant keeps (docs/carriers.md). */
  public static final LineKind SALVAGE_DEDUCTION = new LineKind("salvage-deduction", true);

  /** What other sources already paid for the same loss. */
  public static final LineKind PRIOR_PAYMENT_OFFSET = new LineKind("prior-payment-offset", true);

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public LineKind {
    Texts.code(code);
  }

  /**
   * A carrier's own kind of line that adds to the total.
   *
   * @param code the code
   * @return the kind
   */
  public static LineKind of(String code) {
    return new LineKind(code, false);
  }

  /**
   * A carrier's own kind of line that is subtracted from the total.
   *
   * @param code the code
   * @return the kind
   */
  public static LineKind deduction(String code) {
    return new LineKind(code, true);
  }

  @Override
  public String toString() {
    return code;
  }
}
