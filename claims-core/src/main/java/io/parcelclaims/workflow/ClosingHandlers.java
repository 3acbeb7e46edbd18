package io.parcelclaims.workflow;

import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.EscalateClaim;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.command.RejectClaim;
import io.parcelclaims.workflow.command.ReopenClaim;
import io.parcelclaims.workflow.command.ResolveEscalation;
import io.parcelclaims.workflow.command.WithdrawClaim;
import io.parcelclaims.workflow.event.ClaimClosed;
import io.parcelclaims.workflow.event.ClaimEscalated;
import io.parcelclaims.workflow.event.ClaimRejected;
import io.parcelclaims.workflow.event.ClaimReopened;
import io.parcelclaims.workflow.event.ClaimWithdrawn;
import io.parcelclaims.workflow.event.EscalationResolved;
import io.parcelclaims.workflow.event.FollowUpRecorded;

/** Step 7 and the commands allowed at many points: follow-up, close, withdraw, reject, escalate, reopen. */
final class ClosingHandlers {
  private ClosingHandlers() {}

  static void followUp(Draft d, RecordFollowUp c) {
    d.emit(h -> new FollowUpRecorded(h, c.satisfaction(), c.categories(), c.comment()));
  }

  static void close(Draft d, CloseClaim c) {
    d.emit(ClaimClosed::new);
  }

  static void withdraw(Draft d, WithdrawClaim c) {
    d.emit(ClaimWithdrawn::new);
  }

  static void reject(Draft d, RejectClaim c) {
    d.emit(h -> new ClaimRejected(h, c.reasons()));
  }

  static void escalate(Draft d, EscalateClaim c) {
    d.emit(h -> new ClaimEscalated(h, c.target()));
  }

  static void resolve(Draft d, ResolveEscalation c) {
    d.emit(EscalationResolved::new);
  }

  static void reopen(Draft d, ReopenClaim c) {
    d.emit(h -> new ClaimReopened(h, c.reason()));
  }
}
