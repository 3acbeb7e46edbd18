package io.parcelclaims.workflow;

/**
 * Where a claim stands: the seven steps of docs/process.md, broken into the points at which someone
 * else must act, plus withdrawn, rejected, escalated, reopened and closed.
 *
 * @since 0.1.0
 */
public enum ClaimStatus {
  /** Nothing recorded yet: the state before the first event. */
  NOT_REPORTED(0),
  /** Step 1 done: the claim is recorded and waits for verification. */
  REPORTED(1),
  /** Step 2: sent back to the claimant to correct; the carrier waits for the claimant. */
  RETURNED_FOR_CORRECTION(2),
  /** Step 2 done: the facts are verified; an investigation comes next. */
  VERIFIED(2),
  /** Step 3: under investigation. */
  INVESTIGATING(3),
  /** Step 3 done: the investigation concluded with a finding. */
  INVESTIGATED(3),
  /** Step 4: evidence was requested; the carrier waits for the claimant. */
  AWAITING_EVIDENCE(4),
  /** Step 4: evidence arrived and is being reviewed. */
  EVIDENCE_IN_REVIEW(4),
  /** Step 5: assessed; an offer or a rejection comes next. */
  ASSESSED(5),
  /** Step 5: an offer is with the claimant; the carrier waits for the claimant. */
  OFFERED(5),
  /** Step 5: the claimant declined or countered; the carrier's turn. */
  NEGOTIATING(5),
  /** Step 5 done: the claimant accepted the offer; payment comes next. */
  AGREED(5),
  /** Step 6: the agreed amount is paid in full. */
  PAID(6),
  /** Step 6 done: customer service confirmed the claimant received it. */
  RECEIPT_CONFIRMED(6),
  /** Step 7: the follow-up call is recorded. */
  FOLLOWED_UP(7),
  /** Handling is over. A closed claim may still be reopened or followed up. */
  CLOSED(7),
  /** The claimant withdrew the claim; nothing more happens. */
  WITHDRAWN(0),
  /** The carrier rejected the claim; it may still be escalated, followed up or closed. */
  REJECTED(0),
  /** Escalated to a supervisor or the regulator; answered by resolving it or by a decision. */
  ESCALATED(0),
  /** Reopened after payment or closing, for example because the parcel turned up (EX-14). */
  REOPENED(0);

  private final int step;

  ClaimStatus(int step) {
    this.step = step;
  }

  /** {@return the step of docs/process.md this status belongs to, 1 to 7; 0 for those outside the seven} */
  public int step() {
    return step;
  }

  /** {@return whether the carrier is waiting for the claimant in this status} */
  public boolean waitsForClaimant() {
    return this == RETURNED_FOR_CORRECTION || this == AWAITING_EVIDENCE || this == OFFERED;
  }

  /** {@return whether handling has ended: closed, withdrawn or rejected} */
  public boolean isEnded() {
    return this == CLOSED || this == WITHDRAWN || this == REJECTED;
  }

  /** {@return the status as a kebab-case code, such as {@code awaiting-evidence}} */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
