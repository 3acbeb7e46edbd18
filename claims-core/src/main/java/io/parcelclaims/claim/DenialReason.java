package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * Why a claim is denied; carriers add their own.
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record DenialReason(String code) {
  /** The claim was made after the period allowed. */
  public static final DenialReason TIME_BARRED = new DenialReason("TIME_BARRED");

  /** The written notice was given after the period allowed. */
  public static final DenialReason TIME_BARRED_NOTICE = new DenialReason("TIME_BARRED_NOTICE");

  /** The claimant has no standing under the rule set. */
  public static final DenialReason NOT_ENTITLED_TO_CLAIM = new DenialReason("NOT_ENTITLED_TO_CLAIM");

  /** The goods are excluded from cover. */
  public static final DenialReason EXCLUDED_GOODS = new DenialReason("EXCLUDED_GOODS");

  /** Force majeure (不可抗力). */
  public static final DenialReason FORCE_MAJEURE = new DenialReason("FORCE_MAJEURE");

  /** The goods' own nature or reasonable wear. */
  public static final DenialReason INHERENT_VICE = new DenialReason("INHERENT_VICE");

  /**
   * Fault of the sender (托运人的过错, Civil Code Art. 832; 寄件人, Postal Law Art. 48). Before 0.2 it
   * also stood for the recipient's fault, which now has {@link #RECIPIENT_FAULT}.
   */
  public static final DenialReason SENDER_FAULT = new DenialReason("SENDER_FAULT");

  /** Fault of the recipient or consignee (收货人的过错, Civil Code Art. 832; 收件人, Postal Law Art. 48). */
  public static final DenialReason RECIPIENT_FAULT = new DenialReason("RECIPIENT_FAULT");

  /** The regime gives no compensation for delay (Postal Law Art. 45: delay is not a 损失). */
  public static final DenialReason NO_COMPENSATION_FOR_DELAY = new DenialReason("NO_COMPENSATION_FOR_DELAY");

  /**
   * This regime does not apply to this item, such as the Postal Law's Chapter 5 for an express
   * company's parcel (Art. 45(2), 59).
   */
  public static final DenialReason REGIME_NOT_APPLICABLE = new DenialReason("REGIME_NOT_APPLICABLE");

  /** The investigation found the carrier not liable. */
  public static final DenialReason NOT_CARRIERS_LIABILITY = new DenialReason("NOT_CARRIERS_LIABILITY");

  /** Ordinary (unreceipted) mail, no liability without intent or gross negligence. */
  public static final DenialReason ORDINARY_MAIL = new DenialReason("ORDINARY_MAIL");

  /** The convention does not apply to this carriage (for example postal items). */
  public static final DenialReason CONVENTION_NOT_APPLICABLE = new DenialReason("CONVENTION_NOT_APPLICABLE");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public DenialReason {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static DenialReason of(String code) {
    return new DenialReason(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
