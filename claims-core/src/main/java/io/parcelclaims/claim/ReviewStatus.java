package io.parcelclaims.claim;

/**
 * Where an evidence item stands in review.
 *
 * @since 0.1.0
 */
public enum ReviewStatus {
  /** Submitted, not yet reviewed. */
  PENDING,

  /** Reviewed and accepted. */
  ACCEPTED,

  /** Reviewed and rejected. */
  REJECTED;
}
