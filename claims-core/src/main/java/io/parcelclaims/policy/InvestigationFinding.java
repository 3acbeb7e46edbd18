package io.parcelclaims.policy;

/**
 * What the investigation concluded (docs/process.md, step 3).
 *
 * @since 0.1.0
 */
public enum InvestigationFinding {
  /** The parcel is lost. */
  LOST,
  /** The parcel or its contents are damaged. */
  DAMAGED,
  /** Contents are missing. */
  SHORT,
  /** The parcel was or is late. */
  DELAYED,
  /** The parcel was found and delivered. */
  FOUND_AND_DELIVERED,
  /** The parcel was misdelivered and recovered. */
  MISDELIVERED_AND_RECOVERED,
  /** The carrier is not liable (force majeure, nature of the goods, sender's fault). */
  NOT_CARRIERS_LIABILITY
}
