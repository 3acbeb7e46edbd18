package io.parcelclaims.claim;

/**
 * Who submitted an evidence item.
 *
 * @since 0.1.0
 */
public enum Submitter {
  /** The claimant. */
  CLAIMANT,

  /** The carrier's staff (investigation records). */
  STAFF;
}
