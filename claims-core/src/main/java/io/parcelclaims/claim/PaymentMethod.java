package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * How a settlement is paid (docs/process.md, step 6).
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record PaymentMethod(String code) {
  /** Bank transfer. */
  public static final PaymentMethod BANK_TRANSFER = new PaymentMethod("bank-transfer");

  /** Alipay (支付宝). */
  public static final PaymentMethod ALIPAY = new PaymentMethod("alipay");

  /** WeChat Pay (微信支付). */
  public static final PaymentMethod WECHAT_PAY = new PaymentMethod("wechat-pay");

  /** Credit to the customer's monthly account. */
  public static final PaymentMethod ACCOUNT_CREDIT = new PaymentMethod("account-credit");

  /** A voucher for later shipments. */
  public static final PaymentMethod VOUCHER = new PaymentMethod("voucher");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public PaymentMethod {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static PaymentMethod of(String code) {
    return new PaymentMethod(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
