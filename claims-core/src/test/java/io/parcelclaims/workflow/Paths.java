package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static io.parcelclaims.workflow.WorkflowFixtures.FINANCE;
import static io.parcelclaims.workflow.WorkflowFixtures.INVESTIGATOR;
import static io.parcelclaims.workflow.WorkflowFixtures.LOSS_ID;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.DeclineOffer;
import io.parcelclaims.workflow.command.EscalateClaim;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.RejectClaim;
import io.parcelclaims.workflow.command.ReopenClaim;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.RequestEvidence;
import io.parcelclaims.workflow.command.ReturnForCorrection;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.command.WithdrawClaim;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Scripted routes from a new claim to each status, for the loss claim of the fixtures. */
final class Paths {
  /** One hour after another from here, so every command is later than the last. */
  static final Instant START = Instant.parse("2025-09-26T02:00:00Z");

  private final Desk desk;
  private Instant clock = START;

  private Paths(ClaimWorkflow workflow) {
    this.desk = new Desk(workflow, LOSS_ID);
  }

  /** A desk whose claim is in {@code status}, reached by a short route. */
  static Desk at(ClaimStatus status) {
    return at(WorkflowFixtures.workflow(), status);
  }

  static Desk at(ClaimWorkflow workflow, ClaimStatus status) {
    Paths p = new Paths(workflow);
    p.reach(status);
    assertEquals(status, p.desk.state().status());
    return p.desk;
  }

  /** The time of the next command on a desk made here: after every event so far. */
  static String later(Desk desk) {
    return desk.state().lastEventAt().orElse(START).plusSeconds(3600).toString();
  }

  private void reach(ClaimStatus status) {
    switch (status) {
      case NOT_REPORTED -> { }
      case REPORTED -> run(DESK, h -> new ReportClaim(h, WorkflowFixtures.lossClaim(),
          WorkflowFixtures.party("P-77"), List.of()));
      case RETURNED_FOR_CORRECTION -> {
        reach(ClaimStatus.REPORTED);
        run(DESK, h -> new ReturnForCorrection(h, List.of("shipment.waybill")));
      }
      case VERIFIED -> {
        reach(ClaimStatus.REPORTED);
        run(DESK, h -> new VerifyClaim(h, Optional.empty()));
      }
      case INVESTIGATING -> {
        reach(ClaimStatus.VERIFIED);
        run(INVESTIGATOR, OpenInvestigation::new);
      }
      case INVESTIGATED -> {
        reach(ClaimStatus.INVESTIGATING);
        run(INVESTIGATOR, h -> new ConcludeInvestigation(h, InvestigationFinding.LOST, RootCause.SORTING));
      }
      case AWAITING_EVIDENCE -> {
        reach(ClaimStatus.INVESTIGATED);
        run(ASSESSOR, h -> new RequestEvidence(h, List.of(EvidenceKind.PURCHASE_PROOF)));
      }
      case EVIDENCE_IN_REVIEW -> {
        reach(ClaimStatus.AWAITING_EVIDENCE);
        run(CLAIMANT, h -> new SubmitEvidence(h, List.of(WorkflowFixtures.receipt("rcpt-1", "780.00", h.at()))));
      }
      case ASSESSED -> {
        reach(ClaimStatus.EVIDENCE_IN_REVIEW);
        // the proved value counts only with the purchase proof reviewed and accepted
        run(ASSESSOR, h -> new ReviewEvidence(h, EvidenceId.of("rcpt-1"), ReviewStatus.ACCEPTED));
        run(ASSESSOR, h -> new AssessClaim(h, AssessmentInputs.builder().provedValue(cny("780.00")).build()));
      }
      case OFFERED -> {
        reach(ClaimStatus.ASSESSED);
        run(ASSESSOR, h -> new ProposeOffer(h, List.of(
            SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("126.00")),
            SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00"))), PaymentMethod.ALIPAY));
      }
      case NEGOTIATING -> {
        reach(ClaimStatus.OFFERED);
        run(CLAIMANT, DeclineOffer::new);
      }
      case AGREED -> {
        reach(ClaimStatus.OFFERED);
        run(CLAIMANT, AcceptOffer::new);
      }
      case PAID -> {
        reach(ClaimStatus.AGREED);
        run(FINANCE, h -> new RecordPayment(h, PaymentReference.of("PAY-1"), cny("144.00"), PaymentMethod.ALIPAY));
      }
      case RECEIPT_CONFIRMED -> {
        reach(ClaimStatus.PAID);
        run(DESK, ConfirmReceipt::new);
      }
      case FOLLOWED_UP -> {
        reach(ClaimStatus.RECEIPT_CONFIRMED);
        run(DESK, h -> new RecordFollowUp(h, Optional.empty(), List.of(), Optional.empty()));
      }
      case CLOSED -> {
        reach(ClaimStatus.FOLLOWED_UP);
        run(DESK, CloseClaim::new);
      }
      case WITHDRAWN -> {
        reach(ClaimStatus.REPORTED);
        run(CLAIMANT, WithdrawClaim::new);
      }
      case REJECTED -> {
        reach(ClaimStatus.REPORTED);
        run(DESK, h -> new RejectClaim(h, List.of(DenialReason.TIME_BARRED)));
      }
      case ESCALATED -> {
        reach(ClaimStatus.REPORTED);
        run(CLAIMANT, h -> new EscalateClaim(h, EscalationTarget.SUPERVISOR));
      }
      case REOPENED -> {
        reach(ClaimStatus.CLOSED);
        run(DESK, h -> new ReopenClaim(h, ReopenReason.PARCEL_FOUND));
      }
    }
  }

  private void run(Actor actor, Function<CommandHeader, ClaimCommand> command) {
    clock = clock.plusSeconds(3600);
    desk.accept(actor, clock.toString(), command);
  }

  /** Staff evidence with a fresh id, for commands that need one. */
  static io.parcelclaims.claim.Evidence staffEvidence(String id, Instant at) {
    return WorkflowFixtures.evidence(id, EvidenceKind.CCTV, Submitter.STAFF, at);
  }
}
