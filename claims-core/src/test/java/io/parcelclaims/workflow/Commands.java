package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.cny;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.CommandKind;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.CorrectClaim;
import io.parcelclaims.workflow.command.DeclineOffer;
import io.parcelclaims.workflow.command.EscalateClaim;
import io.parcelclaims.workflow.command.MakeCounterOffer;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordFinding;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.RecordPaymentFailure;
import io.parcelclaims.workflow.command.RecordRecovery;
import io.parcelclaims.workflow.command.RejectClaim;
import io.parcelclaims.workflow.command.ReopenClaim;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.RequestEvidence;
import io.parcelclaims.workflow.command.ResolveEscalation;
import io.parcelclaims.workflow.command.ReturnForCorrection;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.command.WithdrawClaim;
import java.util.List;
import java.util.Optional;

/** A well-formed command of each kind for the loss claim, whatever the state. */
final class Commands {
  private Commands() {}

  static ClaimCommand of(CommandKind kind, CommandHeader h) {
    return switch (kind) {
      case REPORT -> new ReportClaim(h, WorkflowFixtures.lossClaim(), WorkflowFixtures.party("P-77"), List.of());
      case RETURN_FOR_CORRECTION -> new ReturnForCorrection(h, List.of("description"));
      case CORRECT -> new CorrectClaim(h, WorkflowFixtures.lossClaim());
      case VERIFY -> new VerifyClaim(h, Optional.empty());
      case OPEN_INVESTIGATION -> new OpenInvestigation(h);
      case RECORD_FINDING -> new RecordFinding(h, Paths.staffEvidence("staff-" + h.commandId(), h.at()));
      case CONCLUDE_INVESTIGATION -> new ConcludeInvestigation(h, InvestigationFinding.LOST, RootCause.UNKNOWN);
      case REQUEST_EVIDENCE -> new RequestEvidence(h, List.of(EvidenceKind.PHOTOS));
      case SUBMIT_EVIDENCE -> new SubmitEvidence(h,
          List.of(WorkflowFixtures.receipt("doc-" + h.commandId(), "780.00", h.at())));
      case REVIEW_EVIDENCE -> new ReviewEvidence(h, EvidenceId.of("rcpt-1"), ReviewStatus.ACCEPTED);
      case ASSESS -> new AssessClaim(h, AssessmentInputs.builder().provedValue(cny("780.00")).build());
      case PROPOSE_OFFER -> new ProposeOffer(h,
          List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("100.00"))), PaymentMethod.ALIPAY);
      case COUNTER_OFFER -> new MakeCounterOffer(h, cny("200.00"));
      case ACCEPT_OFFER -> new AcceptOffer(h);
      case DECLINE_OFFER -> new DeclineOffer(h);
      case APPROVE_OFFER -> new ApproveOffer(h, 0, 0);
      case RECORD_PAYMENT -> new RecordPayment(h, PaymentReference.of("PAY-" + h.commandId()), cny("1.00"),
          PaymentMethod.ALIPAY);
      case RECORD_PAYMENT_FAILURE -> new RecordPaymentFailure(h, PaymentReference.of("PAY-1"), PaymentFailure.FAILED);
      case CONFIRM_RECEIPT -> new ConfirmReceipt(h);
      case RECORD_FOLLOW_UP -> new RecordFollowUp(h, Optional.empty(), List.of(), Optional.empty());
      case CLOSE -> new CloseClaim(h);
      case WITHDRAW -> new WithdrawClaim(h);
      case REJECT -> new RejectClaim(h, List.of(DenialReason.TIME_BARRED));
      case ESCALATE -> new EscalateClaim(h, EscalationTarget.SUPERVISOR);
      case RESOLVE_ESCALATION -> new ResolveEscalation(h);
      case REOPEN -> new ReopenClaim(h, ReopenReason.PARCEL_FOUND);
      case RECORD_RECOVERY -> new RecordRecovery(h, cny("0.00"), Optional.empty());
    };
  }
}
