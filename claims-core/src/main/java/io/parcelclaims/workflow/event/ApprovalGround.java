package io.parcelclaims.workflow.event;

/**
 * Why an offer needs a second actor's approval before it is announced to the claimant and can bind
 * (docs/process.md, step 5: "supervisor approves above authority").
 *
 * <p>Codes are stored, so a constant never changes meaning once released.
 *
 * @since 0.2.0
 */
public enum ApprovalGround {
  /** The total is above the proposer's own authority limit in its currency. */
  ABOVE_AUTHORITY_LIMIT,
  /**
   * The offer is marked goodwill: it pays more than the assessment (or its contested alternative)
   * or pays on a denied claim, so another actor approves it whatever the proposer's limit.
   */
  GOODWILL
}
