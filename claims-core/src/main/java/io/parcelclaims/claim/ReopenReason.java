package io.parcelclaims.claim;

/**
 * Why a paid or closed claim is reopened (docs/process.md, step 7 "reopened").
 *
 * @since 0.1.0
 */
public enum ReopenReason {
  /** The parcel turned up after the payout (docs/worked-examples.md EX-14). */
  PARCEL_FOUND,

  /** The claimant complained about the outcome. */
  COMPLAINT;
}
