package io.parcelclaims.claim;

/**
 * How the parcel travelled; conventions key on it (docs/conventions.md).
 *
 * @since 0.1.0
 */
public enum TransportMode {
  /** By air. */
  AIR,

  /** By road. */
  ROAD,

  /** By rail. */
  RAIL,

  /** By sea. */
  SEA,

  /** By more than one mode. */
  MULTIMODAL;
}
