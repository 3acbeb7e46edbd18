package io.parcelclaims.rules.evidence;

/**
 * How firmly a rule set asks for an item of evidence.
 *
 * @since 0.1.0
 */
public enum Need {
  /** The claim cannot be decided without it. */
  REQUIRED,
  /** Useful, but the desk may waive it (optional evidence, or the carrier's own records). */
  WAIVABLE
}
