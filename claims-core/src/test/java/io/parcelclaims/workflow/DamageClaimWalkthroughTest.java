package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.DAMAGE_ID;
import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static io.parcelclaims.workflow.WorkflowFixtures.FINANCE;
import static io.parcelclaims.workflow.WorkflowFixtures.INVESTIGATOR;
import static io.parcelclaims.workflow.WorkflowFixtures.SUPERVISOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.RecordFinding;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.command.RecordPaymentFailure;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.InputOverride;
import org.junit.jupiter.api.Test;

/**
 * EX-02's under-insured partial damage (docs/worked-examples.md) walked through the seven steps to closed under
 * core's default service level, over the 2025 Labour Day holiday; the offer is above the
 * assessor's limit and needs a supervisor's approval, and the first payment bounces.
 */
class DamageClaimWalkthroughTest {
  private final Desk desk = new Desk(WorkflowFixtures.workflow(), DAMAGE_ID);
  private final NoticeRenderer notices = NoticeRenderer.of();

  @Test
  void a_damage_claim_passes_the_seven_steps_to_closed() {
    // step 1: reported by the claimant in the app on Friday 2025-04-25; ten working days count the
    // make-up Sunday 04-27 and skip May 1-5 → 2025-05-13
    List<ClaimEvent> reported = desk.accept(CLAIMANT, "2025-04-25T01:00:00Z",
        h -> new ReportClaim(h, WorkflowFixtures.damageClaim(), WorkflowFixtures.party("P-88"), List.of()));
    assertEquals(ClaimStatus.REPORTED, desk.state().status());
    assertEquals(LocalDate.of(2025, 5, 13), desk.state().nextDeadline().orElseThrow().lastDay());
    assertEquals("我们力争于 2025-05-13 前办结理赔申请 C-DAMAGE-1。", render(reported.get(1), NoticeRenderer.MAINLAND));

    // step 2
    desk.accept(DESK, "2025-04-25T03:00:00Z", h -> new VerifyClaim(h, Optional.empty()));
    assertEquals(ClaimStatus.VERIFIED, desk.state().status());

    // step 3: the sign-off record shows the parcel was delivered damaged
    desk.accept(INVESTIGATOR, "2025-04-28T01:00:00Z", OpenInvestigation::new);
    desk.accept(INVESTIGATOR, "2025-04-28T05:00:00Z", h -> new RecordFinding(h, WorkflowFixtures.evidence(
        "signoff-1", EvidenceKind.SIGN_OFF_RECORDS, Submitter.STAFF, h.at())));
    List<ClaimEvent> concluded = desk.accept(INVESTIGATOR, "2025-04-29T01:00:00Z",
        h -> new ConcludeInvestigation(h, InvestigationFinding.DAMAGED, RootCause.HANDLING));
    assertEquals(ClaimStatus.INVESTIGATED, desk.state().status());
    assertEquals("經調查，理賠申請 C-DAMAGE-1 的包裹損毀已確認。", render(concluded.get(0), NoticeRenderer.HONG_KONG));

    // step 4: the claimant sends photos and a repair estimate unasked; the assessor accepts both
    desk.accept(CLAIMANT, "2025-04-29T03:00:00Z", h -> new SubmitEvidence(h, List.of(
        WorkflowFixtures.evidence("photos-1", EvidenceKind.PHOTOS, Submitter.CLAIMANT, h.at()),
        WorkflowFixtures.evidence("repair-1", EvidenceKind.REPAIR_ESTIMATE, Submitter.CLAIMANT, h.at()))));
    assertEquals(ClaimStatus.EVIDENCE_IN_REVIEW, desk.state().status());
    desk.accept(ASSESSOR, "2025-04-30T01:00:00Z", h -> new ReviewEvidence(h, EvidenceId.of("photos-1"), ReviewStatus.ACCEPTED));
    desk.accept(ASSESSOR, "2025-04-30T02:00:00Z", h -> new ReviewEvidence(h, EvidenceId.of("repair-1"), ReviewStatus.ACCEPTED));
    assertEquals(List.of(ReviewStatus.PENDING, ReviewStatus.ACCEPTED, ReviewStatus.ACCEPTED),
        desk.state().claim().orElseThrow().evidence().stream().map(e -> e.reviewStatus()).toList(),
        "the staff record stays pending; the claimant's two are accepted");

    // step 5: the value 5,000.00 has no purchase proof on the claim, so it does not count yet
    List<ClaimEvent> unproven = desk.accept(ASSESSOR, "2025-04-30T02:30:00Z", h -> new AssessClaim(h,
        AssessmentInputs.builder().provedValue(cny("5000.00")).assessedLoss(cny("1500.00")).build()));
    assertEquals(Outcome.NEEDS_EVIDENCE, desk.state().assessment().orElseThrow().outcome());
    assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), desk.state().assessment().orElseThrow().missingEvidence());
    assertEquals(cny("0.00"), desk.state().assessment().orElseThrow().total());
    assertEquals(Optional.empty(), ((ClaimAssessed) unproven.get(0)).context().provedValue());
    assertEquals("Claim C-DAMAGE-1 needs more evidence before it can be assessed: purchase proof.",
        render(unproven.get(0), NoticeRenderer.ENGLISH));
    // the assessor lets it count on the seller's confirmed price list, and the event says so;
    // EX-02, 1,500.00 × 2,000.00 / 5,000.00 = 600.00, above the assessor's 500.00
    InputOverride priceList = new InputOverride(EvidencedInput.PROVED_VALUE, "seller's price list, confirmed by phone");
    List<ClaimEvent> assessed = desk.accept(ASSESSOR, "2025-04-30T03:00:00Z", h -> new AssessClaim(h,
        AssessmentInputs.builder().provedValue(cny("5000.00")).assessedLoss(cny("1500.00")).build(),
        List.of(priceList)));
    assertEquals(ClaimStatus.ASSESSED, desk.state().status());
    assertEquals(cny("600.00"), desk.state().assessment().orElseThrow().total());
    assertEquals(List.of(priceList), ((ClaimAssessed) assessed.get(0)).overrides());
    List<ClaimEvent> offered = desk.accept(ASSESSOR, "2025-04-30T04:00:00Z", h -> RejectionReasonsTest.offer(h, cny("600.00")));
    assertEquals(ClaimStatus.OFFERED, desk.state().status());
    assertTrue(desk.state().offer().orElseThrow().approvalRequired());
    assertEquals("An offer for claim C-DAMAGE-1 is under review. We will send it to you once it is approved.",
        render(offered.get(0), NoticeRenderer.ENGLISH), "not announced before approval");
    assertEquals(List.of(RejectionReason.OFFER_UNDER_REVIEW),
        desk.reject(CLAIMANT, "2025-04-30T05:00:00Z", AcceptOffer::new));
    List<ClaimEvent> approved = desk.accept(SUPERVISOR, "2025-04-30T06:00:00Z", h -> new ApproveOffer(h,
        desk.state().assessmentVersion(), desk.state().offer().orElseThrow().version()));
    assertEquals("The offer for claim C-DAMAGE-1 has been approved: we offer CNY 600.00, paid by bank transfer."
        + " Please accept or decline.", render(approved.get(0), NoticeRenderer.ENGLISH));
    assertEquals(Optional.empty(), desk.state().bindingOffer(), "approved, but not yet accepted");
    List<ClaimEvent> accepted = desk.accept(CLAIMANT, "2025-04-30T07:00:00Z", AcceptOffer::new);
    assertEquals(ClaimStatus.AGREED, desk.state().status());
    assertEquals(1, accepted.size(), "no payment clock under the default service level");
    assertEquals(Optional.of(cny("600.00")), desk.state().bindingOffer().map(Offer::total));

    // step 6: the first transfer bounces and is paid again
    desk.accept(FINANCE, "2025-05-06T01:00:00Z", h -> RejectionReasonsTest.pay(h, "PAY-1", "600.00"));
    assertEquals(ClaimStatus.PAID, desk.state().status());
    List<ClaimEvent> bounced = desk.accept(FINANCE, "2025-05-07T01:00:00Z",
        h -> new RecordPaymentFailure(h, PaymentReference.of("PAY-1"), PaymentFailure.REVERSED));
    assertEquals(ClaimStatus.AGREED, desk.state().status());
    assertEquals(Optional.of(cny("0.00")), desk.state().paid());
    assertEquals("Payment PAY-1 for claim C-DAMAGE-1 was returned; we will pay again.",
        render(bounced.get(0), NoticeRenderer.ENGLISH));
    desk.accept(FINANCE, "2025-05-08T01:00:00Z", h -> new io.parcelclaims.workflow.command.RecordPayment(h,
        PaymentReference.of("PAY-2"), cny("600.00"), PaymentMethod.WECHAT_PAY));
    assertEquals(ClaimStatus.PAID, desk.state().status());
    assertEquals(Optional.of(cny("600.00")), desk.state().paid());
    assertEquals(List.of(), desk.state().deadlines());
    assertTrue(desk.state().stoppedDeadlines().get(0).met(), "paid on 05-08, before 05-13 ran out");
    desk.accept(DESK, "2025-05-09T01:00:00Z", ConfirmReceipt::new);
    assertEquals(ClaimStatus.RECEIPT_CONFIRMED, desk.state().status());

    // step 7
    desk.accept(DESK, "2025-05-15T01:00:00Z", h -> new RecordFollowUp(h, Optional.of(Satisfaction.of(3, 5)),
        List.of(FeedbackCategory.SPEED, FeedbackCategory.AMOUNT), Optional.empty()));
    assertEquals(ClaimStatus.FOLLOWED_UP, desk.state().status());
    assertEquals(Optional.of(Satisfaction.of(3, 5)), desk.state().satisfaction());
    desk.accept(DESK, "2025-05-15T02:00:00Z", CloseClaim::new);
    assertEquals(ClaimStatus.CLOSED, desk.state().status());

    for (ClaimEvent e : desk.history().events()) {
      for (Locale locale : NoticeRenderer.bundledLocales()) {
        assertTrue(render(e, locale).contains("C-DAMAGE-1"), e.type() + " in " + locale);
      }
    }
  }

  @Test
  void a_parcel_found_during_the_investigation_ends_without_payout() {
    desk.accept(DESK, "2025-04-25T01:00:00Z",
        h -> new ReportClaim(h, WorkflowFixtures.damageClaim(), WorkflowFixtures.party("P-88"), List.of()));
    desk.accept(DESK, "2025-04-25T03:00:00Z", h -> new VerifyClaim(h, Optional.empty()));
    desk.accept(INVESTIGATOR, "2025-04-28T01:00:00Z", OpenInvestigation::new);

    List<ClaimEvent> found = desk.accept(INVESTIGATOR, "2025-04-29T01:00:00Z",
        h -> new ConcludeInvestigation(h, InvestigationFinding.FOUND_AND_DELIVERED, RootCause.SORTING));
    desk.accept(DESK, "2025-04-29T02:00:00Z", CloseClaim::new);
    desk.accept(DESK, "2025-04-30T02:00:00Z",
        h -> new RecordFollowUp(h, Optional.of(Satisfaction.of(4, 5)), List.of(), Optional.empty()));

    assertEquals("Good news: the parcel of claim C-DAMAGE-1 was found and delivered.",
        render(found.get(0), NoticeRenderer.ENGLISH));
    ClaimState end = desk.state();
    assertEquals(ClaimStatus.CLOSED, end.status());
    assertEquals(Optional.of(InvestigationFinding.FOUND_AND_DELIVERED), end.finding());
    assertEquals(Optional.empty(), end.offer());
    assertEquals(List.of(), end.payments());
    assertEquals(Optional.of(cny("0.00")), end.paid());
    assertFalse(end.assessment().isPresent());
    Deadline target = end.stoppedDeadlines().get(0).deadline();
    assertEquals(ServiceLevels.SEED_TOTAL_HANDLING, target.serviceLevel());
    assertEquals(Instant.parse("2025-04-29T02:00:00Z"), end.stoppedDeadlines().get(0).stoppedAt());
    assertEquals(ClaimStatus.CLOSED, end.status());
  }

  private String render(ClaimEvent e, Locale locale) {
    return notices.render(e, locale);
  }
}
