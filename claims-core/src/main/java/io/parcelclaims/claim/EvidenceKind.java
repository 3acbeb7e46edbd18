package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * A kind of evidence; the constants are the E-codes of docs/evidence.md.
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record EvidenceKind(String code) {
  /** E01 waybill or its copy, tracking number. */
  public static final EvidenceKind WAYBILL = new EvidenceKind("E01");

  /** E02 claim form. */
  public static final EvidenceKind CLAIM_FORM = new EvidenceKind("E02");

  /** E03 claimant identity and standing. */
  public static final EvidenceKind STANDING = new EvidenceKind("E03");

  /** E04 purchase proof: invoice, order, payment record, contract. */
  public static final EvidenceKind PURCHASE_PROOF = new EvidenceKind("E04");

  /** E05 proof of the declared value and its fee. */
  public static final EvidenceKind INSURED_VALUE_PROOF = new EvidenceKind("E05");

  /** E06 photos of the item and damage. */
  public static final EvidenceKind PHOTOS = new EvidenceKind("E06");

  /** E07 packaging kept for inspection. */
  public static final EvidenceKind PACKAGING = new EvidenceKind("E07");

  /** E08 unboxing video. */
  public static final EvidenceKind UNBOXING_VIDEO = new EvidenceKind("E08");

  /** E09 tracking trail with last scan and promised time. */
  public static final EvidenceKind TRACKING = new EvidenceKind("E09");

  /** E10 handover and sign-off records. */
  public static final EvidenceKind SIGN_OFF_RECORDS = new EvidenceKind("E10");

  /** E11 surveillance video. */
  public static final EvidenceKind CCTV = new EvidenceKind("E11");

  /** E12 courier work records and interviews. */
  public static final EvidenceKind COURIER_RECORDS = new EvidenceKind("E12");

  /** E13 repair estimate, damage assessment or salvage value. */
  public static final EvidenceKind REPAIR_ESTIMATE = new EvidenceKind("E13");

  /** E14 serial numbers or detailed merchandise description. */
  public static final EvidenceKind SERIAL_NUMBERS = new EvidenceKind("E14");

  /** E15 inspection report. */
  public static final EvidenceKind INSPECTION = new EvidenceKind("E15");

  /** E16 certificate of origin or authenticity. */
  public static final EvidenceKind VALUE_CERTIFICATES = new EvidenceKind("E16");

  /** E17 timely written notice of damage or delay. */
  public static final EvidenceKind WRITTEN_NOTICE = new EvidenceKind("E17");

  /** E18 completed trace before a loss claim. */
  public static final EvidenceKind COMPLETED_TRACE = new EvidenceKind("E18");

  /** E19 proof the freight charges were paid. */
  public static final EvidenceKind FREIGHT_PAID = new EvidenceKind("E19");

  /** E20 statement of non-receipt or police report. */
  public static final EvidenceKind NON_RECEIPT_STATEMENT = new EvidenceKind("E20");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public EvidenceKind {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static EvidenceKind of(String code) {
    return new EvidenceKind(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
