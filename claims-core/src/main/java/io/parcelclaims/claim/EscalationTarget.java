package io.parcelclaims.claim;

/**
 * Where a claim is escalated (docs/process.md, step 5 "rejected → complaint/appeal", and §3.7).
 *
 * @since 0.1.0
 */
public enum EscalationTarget {
  /** Inside the carrier, to a supervisor. */
  SUPERVISOR,

  /** A complaint or appeal to the postal regulator (申诉, hotline 12305). */
  REGULATOR;
}
