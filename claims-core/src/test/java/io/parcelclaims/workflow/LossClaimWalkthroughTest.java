package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static io.parcelclaims.workflow.WorkflowFixtures.FINANCE;
import static io.parcelclaims.workflow.WorkflowFixtures.INVESTIGATOR;
import static io.parcelclaims.workflow.WorkflowFixtures.LOSS_ID;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordFinding;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.RequestEvidence;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * EX-04's uninsured loss (docs/worked-examples.md) walked through the seven steps of docs/process.md to closed,
 * under the seeds' 10-working-day target and the GB/T clocks of §7, over the 2025 National Day
 * holiday (EX-15).
 */
class LossClaimWalkthroughTest {
  private final Desk desk = new Desk(WorkflowFixtures.gbtWorkflow(), LOSS_ID);
  private final NoticeRenderer notices = NoticeRenderer.of();

  @Test
  void a_loss_claim_passes_the_seven_steps_to_closed() {
    // step 1: intake. EX-15: registered Friday 2025-09-26, 10 working days → 2025-10-16;
    // GB/T: answer within 24 hours
    List<ClaimEvent> reported = desk.accept(DESK, "2025-09-26T02:00:00Z",
        h -> new ReportClaim(h, WorkflowFixtures.lossClaim(), WorkflowFixtures.party("P-77"), List.of()));
    step(1, ClaimStatus.REPORTED);
    assertEquals(List.of("claim.reported", "claim.deadline-started", "claim.deadline-started"), types(reported));
    assertEquals("We have received your claim C-LOSS-1 for waybill SF1234567890123.", english(reported.get(0)));
    assertEquals("We aim to finish handling claim C-LOSS-1 by 2025-10-16.", english(reported.get(1)));
    assertEquals(List.of(ServiceLevels.SEED_TOTAL_HANDLING, "GBT-ANSWER-24H"), running());
    assertEquals(LocalDate.of(2025, 10, 16), deadline(ServiceLevels.SEED_TOTAL_HANDLING).lastDay());
    assertEquals(Instant.parse("2025-09-27T02:00:00Z"), desk.state().nextDeadline().orElseThrow().dueBefore());

    // step 2: verification, the first answer: 30 calendar days to a proposal start (to 2025-10-26)
    List<ClaimEvent> verified = desk.accept(DESK, "2025-09-26T08:00:00Z",
        h -> new VerifyClaim(h, Optional.of(Instant.parse("2025-09-21T09:00:00Z"))));
    step(2, ClaimStatus.VERIFIED);
    assertEquals("We have checked the details of claim C-LOSS-1 and are looking into it.", english(verified.get(0)));
    assertEquals("We will propose compensation for claim C-LOSS-1 by 2025-10-26.", english(verified.get(1)));
    assertEquals(List.of(ServiceLevels.SEED_TOTAL_HANDLING, "GBT-PROPOSAL-30D"), running());
    assertTrue(stopped("GBT-ANSWER-24H").met());

    // step 3: investigation
    List<ClaimEvent> opened = desk.accept(INVESTIGATOR, "2025-09-29T01:00:00Z", OpenInvestigation::new);
    step(3, ClaimStatus.INVESTIGATING);
    assertEquals("An investigator is now tracing the parcel of claim C-LOSS-1.", english(opened.get(0)));
    desk.accept(INVESTIGATOR, "2025-09-30T03:00:00Z", h -> new RecordFinding(h, WorkflowFixtures.evidence(
        "cctv-1", EvidenceKind.CCTV, Submitter.STAFF, Instant.parse("2025-09-30T03:00:00Z"))));
    List<ClaimEvent> concluded = desk.accept(INVESTIGATOR, "2025-10-09T02:00:00Z",
        h -> new ConcludeInvestigation(h, InvestigationFinding.LOST, RootCause.SORTING));
    step(3, ClaimStatus.INVESTIGATED);
    assertEquals("The investigation of claim C-LOSS-1 has found that the parcel is lost.", english(concluded.get(0)));
    assertEquals(Optional.of(RootCause.SORTING), desk.state().rootCause());

    // step 4: evidence; the carrier waits for the claimant from the request to the submission
    List<ClaimEvent> requested = desk.accept(ASSESSOR, "2025-10-09T03:00:00Z",
        h -> new RequestEvidence(h, List.of(EvidenceKind.PURCHASE_PROOF)));
    step(4, ClaimStatus.AWAITING_EVIDENCE);
    assertEquals("To continue with claim C-LOSS-1, please send us: purchase proof.", english(requested.get(0)));
    desk.accept(CLAIMANT, "2025-10-10T01:00:00Z", h -> new SubmitEvidence(h,
        List.of(WorkflowFixtures.receipt("rcpt-1", "780.00", Instant.parse("2025-10-10T01:00:00Z")))));
    step(4, ClaimStatus.EVIDENCE_IN_REVIEW);
    assertEquals(Duration.ofHours(22), desk.state().timeWaitingForClaimant(Instant.parse("2026-01-01T00:00:00Z")));
    desk.accept(ASSESSOR, "2025-10-10T02:00:00Z",
        h -> new ReviewEvidence(h, io.parcelclaims.claim.EvidenceId.of("rcpt-1"), ReviewStatus.ACCEPTED));
    assertTrue(desk.state().claim().orElseThrow().evidence().get(1).isAccepted());

    // step 5: assessment (EX-04: min(780.00, 7 × 18.00) + 18.00 = 144.00) and negotiation
    List<ClaimEvent> assessed = desk.accept(ASSESSOR, "2025-10-10T03:00:00Z",
        h -> new AssessClaim(h, AssessmentInputs.builder().provedValue(cny("780.00")).build()));
    step(5, ClaimStatus.ASSESSED);
    assertEquals(Outcome.PAYABLE, desk.state().assessment().orElseThrow().outcome());
    assertEquals(cny("144.00"), desk.state().assessment().orElseThrow().total());
    assertEquals("Claim C-LOSS-1 has been assessed: CNY 144.00 is payable.", english(assessed.get(0)));
    List<ClaimEvent> offered = desk.accept(ASSESSOR, "2025-10-10T04:00:00Z", h -> new ProposeOffer(h, List.of(
        SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("126.00")),
        SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00"))), PaymentMethod.ALIPAY));
    step(5, ClaimStatus.OFFERED);
    assertEquals("We offer CNY 144.00 for claim C-LOSS-1, paid by Alipay. Please accept or decline.",
        english(offered.get(0)));
    assertFalse(desk.state().offer().orElseThrow().approvalRequired(), "144.00 is within the assessor's 500.00");
    assertTrue(stopped("GBT-PROPOSAL-30D").met());
    List<ClaimEvent> accepted = desk.accept(CLAIMANT, "2025-10-11T02:00:00Z", AcceptOffer::new);
    step(5, ClaimStatus.AGREED);
    assertEquals("We will pay the agreed amount for claim C-LOSS-1 by 2025-10-18.", english(accepted.get(1)));
    assertEquals(Optional.of(cny("144.00")), desk.state().bindingOffer().map(Offer::total));

    // step 6: payment, within 7 calendar days of agreement and within the 10 working days
    List<ClaimEvent> paid = desk.accept(FINANCE, "2025-10-13T02:00:00Z",
        h -> new RecordPayment(h, PaymentReference.of("PAY-1"), cny("144.00"), PaymentMethod.ALIPAY));
    step(6, ClaimStatus.PAID);
    assertEquals("We have paid CNY 144.00 for claim C-LOSS-1 by Alipay.", english(paid.get(0)));
    assertEquals(List.of(), running());
    assertTrue(stopped("GBT-PAY-7D").met());
    assertTrue(stopped(ServiceLevels.SEED_TOTAL_HANDLING).met());
    desk.accept(DESK, "2025-10-14T02:00:00Z", ConfirmReceipt::new);
    step(6, ClaimStatus.RECEIPT_CONFIRMED);

    // step 7: follow-up and close
    List<ClaimEvent> followed = desk.accept(DESK, "2025-10-20T02:00:00Z", h -> new RecordFollowUp(h,
        Optional.of(Satisfaction.of(5, 5)), List.of(FeedbackCategory.SPEED), Optional.of("quick, thanks")));
    step(7, ClaimStatus.FOLLOWED_UP);
    assertEquals("Thank you for your feedback on claim C-LOSS-1.", english(followed.get(0)));
    List<ClaimEvent> closed = desk.accept(DESK, "2025-10-20T03:00:00Z", CloseClaim::new);
    step(7, ClaimStatus.CLOSED);
    assertEquals("Claim C-LOSS-1 is closed.", english(closed.get(0)));
    assertEquals(Optional.of(cny("144.00")), desk.state().paid());
    assertEquals(List.of(), desk.workflow().overdue(desk.state(), Instant.parse("2026-06-01T00:00:00Z")));

    // every notice of the walk renders in each bundled language
    for (ClaimEvent e : desk.history().events()) {
      for (Locale locale : NoticeRenderer.bundledLocales()) {
        assertTrue(notices.render(e, locale).contains("C-LOSS-1"), e.type() + " in " + locale);
      }
    }
  }

  @Test
  void the_total_handling_target_is_overdue_once_its_last_day_has_passed() {
    desk.accept(DESK, "2025-09-26T02:00:00Z",
        h -> new ReportClaim(h, WorkflowFixtures.lossClaim(), WorkflowFixtures.party("P-77"), List.of()));

    // 2025-10-17 00:00 in Shanghai is the first instant after the last day, 2025-10-16
    List<Deadline> onLastDay = desk.workflow().overdue(desk.state(), Instant.parse("2025-10-16T15:59:59Z"));
    List<Deadline> dayAfter = desk.workflow().overdue(desk.state(), Instant.parse("2025-10-16T16:00:00Z"));

    assertEquals(List.of("GBT-ANSWER-24H"), onLastDay.stream().map(Deadline::serviceLevel).toList());
    assertEquals(List.of("GBT-ANSWER-24H", ServiceLevels.SEED_TOTAL_HANDLING),
        dayAfter.stream().map(Deadline::serviceLevel).toList());
  }

  private void step(int step, ClaimStatus status) {
    assertEquals(status, desk.state().status());
    assertEquals(step, desk.state().status().step());
  }

  private List<String> running() {
    return desk.state().deadlines().stream().map(Deadline::serviceLevel).toList();
  }

  private Deadline deadline(String id) {
    return desk.state().deadlines().stream().filter(d -> d.serviceLevel().equals(id)).findFirst().orElseThrow();
  }

  private StoppedDeadline stopped(String id) {
    return desk.state().stoppedDeadlines().stream()
        .filter(d -> d.deadline().serviceLevel().equals(id)).findFirst().orElseThrow();
  }

  private String english(ClaimEvent e) {
    return notices.render(e, NoticeRenderer.ENGLISH);
  }

  private static List<String> types(List<ClaimEvent> events) {
    return events.stream().map(ClaimEvent::type).toList();
  }
}
