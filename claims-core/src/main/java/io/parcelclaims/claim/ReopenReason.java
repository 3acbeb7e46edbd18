package io.parcelclaims.claim;

/**
 * Why a paid or closed claim is reopened (DOMAIN.md §1, step 7 "reopened").
 *
 * @since 0.1.0
 */
public enum ReopenReason {
  /** The parcel turned up after the payout (DOMAIN.md §8 EX-14). */
  PARCEL_FOUND,

  /** The claimant complained about the outcome. */
  COMPLAINT;
}
