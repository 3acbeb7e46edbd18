package io.parcelclaims.servicelevel;

/**
 * The moment a service-level clock starts.
 *
 * @since 0.1.0
 */
public enum Milestone {
  /** The claim was reported (received by the carrier). */
  CLAIM_REPORTED,
  /** The claimant got a first answer. */
  FIRST_RESPONSE_GIVEN,
  /** The investigation was opened. */
  INVESTIGATION_OPENED,
  /** The claimant accepted an offer: the amount is agreed. */
  AMOUNT_AGREED,
  /** A complaint about the claim was escalated. */
  COMPLAINT_RECEIVED,
  /** The carrier accepted the parcel (posting); the claimant's filing windows count from here. */
  PARCEL_ACCEPTED,
  /**
   * The promised delivery time passed without delivery; the complete-delay limit counts from here
   * (docs/claim-types.md).
   */
  PROMISED_DELIVERY
}
