package io.parcelclaims.servicelevel;

/**
 * How binding a service level is.
 *
 * @since 0.1.0
 */
public enum LimitKind {
  /** The carrier's own aim (the seeds' 10 working days); missing it is a service-level breach. */
  TARGET,
  /** A limit set by law or a standard; missing it is a breach a regulator may act on. */
  HARD_LIMIT
}
