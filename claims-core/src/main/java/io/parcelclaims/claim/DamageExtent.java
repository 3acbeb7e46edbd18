package io.parcelclaims.claim;

/**
 * How much of a damaged parcel's value was lost (docs/claim-types.md).
 *
 * @since 0.1.0
 */
public enum DamageExtent {
  /** The value of the contents was completely lost; compensated as loss. */
  TOTAL,

  /** Part of the value was lost; compensated proportionally. */
  PARTIAL;
}
