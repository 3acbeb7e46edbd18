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

  /** Fault of the sender or recipient. */
  public static final DenialReason SENDER_FAULT = new DenialReason("SENDER_FAULT");

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
