package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.cny;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.InputOverride;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.ApprovalGround;
import io.parcelclaims.workflow.event.ClaimClosed;
import io.parcelclaims.workflow.event.ClaimCorrected;
import io.parcelclaims.workflow.event.ClaimEscalated;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.ClaimRejected;
import io.parcelclaims.workflow.event.ClaimReopened;
import io.parcelclaims.workflow.event.ClaimReported;
import io.parcelclaims.workflow.event.ClaimReturnedForCorrection;
import io.parcelclaims.workflow.event.ClaimVerified;
import io.parcelclaims.workflow.event.ClaimWithdrawn;
import io.parcelclaims.workflow.event.CounterOfferMade;
import io.parcelclaims.workflow.event.DeadlineStarted;
import io.parcelclaims.workflow.event.EscalationResolved;
import io.parcelclaims.workflow.event.EventHeader;
import io.parcelclaims.workflow.event.EvidenceRequested;
import io.parcelclaims.workflow.event.EvidenceReviewed;
import io.parcelclaims.workflow.event.EvidenceSubmitted;
import io.parcelclaims.workflow.event.FindingRecorded;
import io.parcelclaims.workflow.event.FollowUpRecorded;
import io.parcelclaims.workflow.event.InvestigationConcluded;
import io.parcelclaims.workflow.event.InvestigationOpened;
import io.parcelclaims.workflow.event.OfferAccepted;
import io.parcelclaims.workflow.event.OfferApproved;
import io.parcelclaims.workflow.event.OfferDeclined;
import io.parcelclaims.workflow.event.OfferProposed;
import io.parcelclaims.workflow.event.PaymentFailed;
import io.parcelclaims.workflow.event.PaymentRecorded;
import io.parcelclaims.workflow.event.ReceiptConfirmed;
import io.parcelclaims.workflow.event.RecoveryRecorded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One event of every type, and of every variant that changes its notice. Not a history: versions
 * and order are arbitrary.
 */
final class SampleEvents {
  private static final Instant AT = Instant.parse("2025-09-26T02:00:00Z");

  private SampleEvents() {}

  /** Every sample: those version 1 can hold, then those only the revised forms can. */
  static List<ClaimEvent> all() {
    List<ClaimEvent> out = new ArrayList<>(version1());
    out.addAll(revised());
    return out;
  }

  /**
   * Samples with the fields that version 2 of a type added (0.2.0): a shipment with a stated value
   * and a declared interest, an assessment with a root cause, wilful misconduct and an override,
   * goodwill offers, an approval that repeats the offer's terms.
   */
  static List<ClaimEvent> revised() {
    List<ClaimEvent> out = new ArrayList<>();
    out.add(new ClaimReported(h(), statedClaim(), List.of()));
    out.add(new ClaimCorrected(h(), statedClaim()));
    AssessmentContext found = AssessmentContext.builder().governingDate(LocalDate.of(2025, 9, 20))
        .zone(WorkflowFixtures.SHANGHAI).provedValue(cny("780.00"))
        .finding(InvestigationFinding.NOT_CARRIERS_LIABILITY).rootCause(RootCause.FORCE_MAJEURE)
        .wilfulMisconduct(true).build();
    out.add(new ClaimAssessed(h(), assessment(Outcome.DENIED), found,
        List.of(new InputOverride(EvidencedInput.PROVED_VALUE, "seller's price list, confirmed by phone"))));
    List<SettlementLine> goodwill = List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("200.00")));
    out.add(new OfferProposed(h(), goodwill, PaymentMethod.WECHAT_PAY, 9, List.of(ApprovalGround.GOODWILL),
        Optional.of("long-standing monthly account")));
    out.add(new OfferProposed(h(), goodwill, PaymentMethod.WECHAT_PAY, 9,
        List.of(ApprovalGround.ABOVE_AUTHORITY_LIMIT, ApprovalGround.GOODWILL), Optional.of("media attention")));
    out.add(new OfferApproved(h(), 9, 10, Optional.of(cny("200.00")), Optional.of(PaymentMethod.WECHAT_PAY)));
    return out;
  }

  /** The loss claim with the 2026-12 shipment facts: a stated value and a declared interest. */
  private static io.parcelclaims.claim.Claim statedClaim() {
    io.parcelclaims.claim.Claim loss = WorkflowFixtures.lossClaim();
    return io.parcelclaims.claim.Claim.builder()
        .id(loss.id()).type(loss.type())
        .shipment(WorkflowFixtures.shipment("SF1234567890123", "18.00", Instant.parse("2025-09-20T02:00:00Z"))
            .statedValue(cny("780.00")).declaredInterestInDelivery(cny("100.00")).build())
        .claimant(loss.claimant()).channel(loss.channel()).reportedAt(loss.reportedAt())
        .description(loss.description()).amountClaimed(loss.amountClaimed())
        .build();
  }

  /** The samples version 1 of every type can hold; its golden files hold exactly these. */
  static List<ClaimEvent> version1() {
    List<ClaimEvent> out = new ArrayList<>();
    out.add(new ClaimReported(h(), WorkflowFixtures.lossClaim(), List.of(ClaimId.of("C-DELAY"))));
    out.add(new ClaimReturnedForCorrection(h(), List.of("shipment.waybill", "evidence[0].kind")));
    out.add(new ClaimCorrected(h(), WorkflowFixtures.lossClaim()));
    out.add(new ClaimVerified(h(), Optional.of(AT)));
    out.add(new InvestigationOpened(h()));
    out.add(new FindingRecorded(h(), WorkflowFixtures.evidence("cctv-1", EvidenceKind.CCTV, Submitter.STAFF, AT)));
    for (InvestigationFinding f : InvestigationFinding.values()) {
      out.add(new InvestigationConcluded(h(), f, RootCause.UNKNOWN));
    }
    out.add(new EvidenceRequested(h(), List.of(EvidenceKind.PURCHASE_PROOF, EvidenceKind.PHOTOS)));
    out.add(new EvidenceSubmitted(h(), List.of(WorkflowFixtures.receipt("rcpt-1", "780.00", AT))));
    out.add(new EvidenceReviewed(h(), EvidenceId.of("rcpt-1"), ReviewStatus.ACCEPTED));
    out.add(new EvidenceReviewed(h(), EvidenceId.of("rcpt-1"), ReviewStatus.REJECTED));
    for (Outcome o : Outcome.values()) {
      out.add(new ClaimAssessed(h(), assessment(o), context()));
    }
    List<SettlementLine> lines = List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("126.00")),
        SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00")));
    out.add(new OfferProposed(h(), lines, PaymentMethod.ALIPAY, 9, false));
    out.add(new CounterOfferMade(h(), cny("300.00")));
    out.add(new OfferAccepted(h(), 10));
    out.add(new OfferDeclined(h(), 10));
    out.add(new OfferApproved(h(), 9, 10));
    out.add(new PaymentRecorded(h(), PaymentReference.of("PAY-1"), cny("144.00"), PaymentMethod.ALIPAY));
    for (PaymentFailure f : PaymentFailure.values()) {
      out.add(new PaymentFailed(h(), PaymentReference.of("PAY-1"), f));
    }
    out.add(new ReceiptConfirmed(h()));
    out.add(new FollowUpRecorded(h(), Optional.of(Satisfaction.of(4, 5)), List.of(FeedbackCategory.SPEED),
        Optional.of("call me on 13800138000")));
    out.add(new ClaimClosed(h()));
    out.add(new ClaimWithdrawn(h()));
    out.add(new ClaimRejected(h(), List.of(DenialReason.TIME_BARRED, DenialReason.NOT_ENTITLED_TO_CLAIM)));
    for (EscalationTarget t : EscalationTarget.values()) {
      out.add(new ClaimEscalated(h(), t));
    }
    out.add(new EscalationResolved(h()));
    for (ReopenReason r : ReopenReason.values()) {
      out.add(new ClaimReopened(h(), r));
    }
    out.add(new RecoveryRecorded(h(), cny("126.00"), Optional.of(PolicyId.of("found-after-payment", "1"))));
    for (ServiceClock c : ServiceClock.values()) {
      out.add(new DeadlineStarted(h(), new Deadline("SL-" + c.name(), c, LimitKind.TARGET, AT,
          LocalDate.of(2025, 10, 16), Instant.parse("2025-10-16T16:00:00Z"))));
    }
    return out;
  }

  static Assessment assessment(Outcome outcome) {
    Assessment.Builder b = Assessment.builder()
        .policy(PolicyId.of("test.sf-b", "2024.1"))
        .outcome(outcome)
        .currency(Currency.getInstance("CNY"))
        .explanation(ExplanationStep.builder().rule(PolicyId.of("test.sf-b", "2024.1"))
            .messageKey("explain.total").build());
    switch (outcome) {
      case PAYABLE -> b.addLines(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("144.00")));
      case DENIED -> b.addDenialReasons(DenialReason.FORCE_MAJEURE);
      case NEEDS_EVIDENCE -> b.addMissingEvidence(EvidenceKind.PURCHASE_PROOF);
      case NOT_YET_DUE -> b.dueOn(LocalDate.of(2025, 3, 10));
    }
    return b.build();
  }

  static AssessmentContext context() {
    return AssessmentContext.builder().governingDate(LocalDate.of(2025, 9, 20))
        .zone(WorkflowFixtures.SHANGHAI).provedValue(cny("780.00")).build();
  }

  private static EventHeader h() {
    return new EventHeader(WorkflowFixtures.LOSS_ID, 1, CommandId.of("cmd-1"), ActorId.of("cs-li"),
        ActorRole.CUSTOMER_SERVICE, AT);
  }
}
