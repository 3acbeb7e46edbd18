package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * What a claimant receives (docs/process.md, step 5).
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record Remedy(String code) {
  /** Money paid to the claimant. */
  public static final Remedy CASH = new Remedy("cash");

  /** The goods are sent again (补发商品). */
  public static final Remedy RESHIP = new Remedy("reship");

  /** The shipping fee is refunded or waived. */
  public static final Remedy FEE_REFUND = new Remedy("fee-refund");

  /** The purchase price is refunded (退款). */
  public static final Remedy REFUND = new Remedy("refund");

  /** A voucher for later shipments. */
  public static final Remedy VOUCHER = new Remedy("voucher");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public Remedy {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static Remedy of(String code) {
    return new Remedy(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
