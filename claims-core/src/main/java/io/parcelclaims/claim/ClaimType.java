package io.parcelclaims.claim;

/**
 * What went wrong with the parcel (docs/claim-types.md). A closed set.
 *
 * @since 0.1.0
 */
public enum ClaimType {
  /** Not delivered and not located, or treated as lost after a complete delay. */
  LOSS,

  /** Delivered damaged; the claim's damage extent says whether wholly or partly. */
  DAMAGE,

  /** Delivered with fewer contents than shipped. */
  SHORT_CONTENTS,

  /** Delivered, or still expected, after the promised time. */
  DELAY;
}
