package io.parcelclaims.policy;

/**
 * What an assessment decides.
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** The carrier pays the assessment's lines. */
  PAYABLE,
  /** The carrier pays nothing, for the assessment's denial reasons. */
  DENIED,
  /** Evidence is missing; the assessment lists it. */
  NEEDS_EVIDENCE,
  /** The claim cannot be decided yet; the assessment says from when, and lines payable meanwhile. */
  NOT_YET_DUE
}
