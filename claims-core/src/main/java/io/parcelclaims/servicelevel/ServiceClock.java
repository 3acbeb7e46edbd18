package io.parcelclaims.servicelevel;

/**
 * What a service level measures: the work that must be done before its deadline. The workflow
 * stops a clock when that work is done.
 *
 * @since 0.1.0
 */
public enum ServiceClock {
  /** Until the claimant gets a first answer: the claim verified, returned for correction or rejected. */
  FIRST_RESPONSE,
  /** Until the investigation is concluded. */
  INVESTIGATION,
  /** Until a compensation offer is proposed, or the claim is denied. */
  COMPENSATION_PROPOSAL,
  /** Until the agreed amount is paid. */
  PAYMENT,
  /** Until the claim is paid, denied, rejected or withdrawn. */
  TOTAL_HANDLING,
  /** Until a complaint escalated about the claim is answered. */
  COMPLAINT_ANSWER,
  /** Until the claimant is next told the status of a claim still open; repeats while it is open. */
  STATUS_UPDATE,
  /**
   * The claimant's window for filing the claim: until the claim is reported. The workflow records
   * whether the report came in time; denying a late claim is a policy's decision.
   */
  CLAIM_FILING,
  /**
   * Until the parcel is delivered or found. Once missed, the claimant may treat the parcel as lost
   * (complete delay, docs/claim-types.md).
   */
  DEEMED_LOST
}
