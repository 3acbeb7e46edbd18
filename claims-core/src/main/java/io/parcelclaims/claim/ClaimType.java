package io.parcelclaims.claim;

/**
 * What went wrong with the parcel (docs/claim-types.md). A closed set.
 *
 * <p>A parcel that was delivered but destroyed is {@link #DAMAGE} with {@link DamageExtent#TOTAL},
 * not {@link #LOSS}: the ready rules price it as a loss (完全损毁 is "compensated as loss"), but the
 * claim keeps what happened, because evidence differs (photos of the item and the damage, not a
 * completed trace). {@code LOSS} is for a parcel that never arrived or is treated as lost.
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
