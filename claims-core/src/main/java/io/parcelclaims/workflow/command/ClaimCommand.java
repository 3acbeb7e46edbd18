package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import java.time.Instant;

/**
 * A request to the claim workflow: one record per intent, each with its {@link CommandHeader}.
 *
 * <p>A command may be refused; {@link io.parcelclaims.workflow.ClaimWorkflow#decide} then answers
 * with reason codes and no events. Commands are immutable values.
 *
 * @since 0.1.0
 */
public sealed interface ClaimCommand
    permits ReportClaim,
        ReturnForCorrection,
        CorrectClaim,
        VerifyClaim,
        OpenInvestigation,
        RecordFinding,
        ConcludeInvestigation,
        RequestEvidence,
        SubmitEvidence,
        ReviewEvidence,
        AssessClaim,
        ProposeOffer,
        MakeCounterOffer,
        AcceptOffer,
        DeclineOffer,
        ApproveOffer,
        RecordPayment,
        RecordPaymentFailure,
        ConfirmReceipt,
        RecordFollowUp,
        CloseClaim,
        WithdrawClaim,
        RejectClaim,
        EscalateClaim,
        ResolveEscalation,
        ReopenClaim,
        RecordRecovery {

  /** {@return the command's id, claim, actor, time and expected version} */
  CommandHeader header();

  /** {@return which kind of command this is, as the transition table names it} */
  CommandKind kind();

  /** {@return the command's id} */
  default CommandId commandId() {
    return header().commandId();
  }

  /** {@return the claim the command is about} */
  default ClaimId claimId() {
    return header().claimId();
  }

  /** {@return who asks} */
  default Actor actor() {
    return header().actor();
  }

  /** {@return when the command was issued} */
  default Instant at() {
    return header().at();
  }

  /** {@return the claim's version the asker saw} */
  default long expectedVersion() {
    return header().expectedVersion();
  }
}
