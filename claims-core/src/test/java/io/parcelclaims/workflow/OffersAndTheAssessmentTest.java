package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.RejectionReasonsTest.approve;
import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.FINANCE;
import static io.parcelclaims.workflow.WorkflowFixtures.JUNIOR_SUPERVISOR;
import static io.parcelclaims.workflow.WorkflowFixtures.SUPERVISOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.notice.ProgressNotices;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.event.ApprovalGround;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.OfferProposed;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Offers and the assessment (issue 12): an offer above the assessed total, or above its contested
 * alternative where one exists, or any offer on a denied claim, is refused unless marked goodwill
 * with a reason; a goodwill offer always needs a different actor's approval whose limit covers it;
 * an offer that needs approval is under review until approved.
 *
 * <p>The fixtures' EX-04 tariff on the loss claim with the value 780.00 proved: 144.00 (126.00 +
 * 18.00); alternative 798.00 when the carrier cannot prove notice of its cap, none when it can. The
 * assessor's limit is 500.00, the supervisor's 5,000.00 (test figures).
 */
class OffersAndTheAssessmentTest {
  /** A second supervisor, to approve what the first proposes (a test figure: 5,000.00). */
  private static final Actor OTHER_SUPERVISOR = Actor.builder().id(ActorId.of("sup-lin"))
      .role(ActorRole.SUPERVISOR).addAuthorityLimits(Money.of("CNY", "5000.00")).build();

  /** Assessed at 144.00 with the cap's notice proven: no alternative. */
  private static Desk assessedWithoutAlternative() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);
    desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h,
        AssessmentInputs.builder().provedValue(cny("780.00")).capNoticeProven(true).build()));
    assertEquals(cny("144.00"), desk.state().assessment().orElseThrow().total());
    assertEquals(Optional.empty(), desk.state().assessment().orElseThrow().alternative());
    return desk;
  }

  private static ProposeOffer offer(CommandHeader h, String amount) {
    return RejectionReasonsTest.offer(h, cny(amount));
  }

  private static ProposeOffer goodwill(CommandHeader h, String amount, String reason) {
    return new ProposeOffer(h, List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny(amount))),
        PaymentMethod.BANK_TRANSFER, Optional.of(reason));
  }

  @Test
  void the_issues_9000_on_an_assessment_of_144_is_refused_and_the_assessed_total_is_the_ceiling() {
    Desk desk = assessedWithoutAlternative();

    assertEquals(List.of(RejectionReason.OFFER_ABOVE_ASSESSMENT),
        desk.reject(SUPERVISOR, Paths.later(desk), h -> offer(h, "9000.00")));
    assertEquals(List.of(RejectionReason.OFFER_ABOVE_ASSESSMENT),
        desk.reject(ASSESSOR, Paths.later(desk), h -> offer(h, "144.01")));
    desk.accept(ASSESSOR, Paths.later(desk), h -> offer(h, "144.00"));
    assertEquals(List.of(), desk.state().offer().orElseThrow().approvalGrounds());
  }

  @Test
  void where_the_assessment_has_a_contested_alternative_the_alternative_is_the_ceiling() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);
    assertEquals(cny("798.00"), desk.state().assessment().orElseThrow().alternative().orElseThrow().total());

    assertEquals(List.of(RejectionReason.OFFER_ABOVE_ASSESSMENT),
        desk.reject(ASSESSOR, Paths.later(desk), h -> offer(h, "798.01")));
    desk.accept(ASSESSOR, Paths.later(desk), h -> offer(h, "798.00"));

    assertEquals(List.of(ApprovalGround.ABOVE_AUTHORITY_LIMIT), desk.state().offer().orElseThrow().approvalGrounds());
  }

  @Test
  void a_goodwill_offer_above_the_assessment_needs_another_actors_approval_whose_limit_covers_it() {
    Desk desk = assessedWithoutAlternative();

    List<ClaimEvent> events = desk.accept(ASSESSOR, Paths.later(desk),
        h -> goodwill(h, "1000.00", "second loss on this monthly account this year"));

    OfferProposed proposed = (OfferProposed) events.get(0);
    assertEquals(List.of(ApprovalGround.ABOVE_AUTHORITY_LIMIT, ApprovalGround.GOODWILL), proposed.approvalGrounds());
    assertEquals(Optional.of("second loss on this monthly account this year"), proposed.goodwillReason());
    assertEquals(List.of(RejectionReason.ABOVE_AUTHORITY_LIMIT),
        desk.reject(JUNIOR_SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state())));
    desk.accept(SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state()));
    desk.accept(CLAIMANT, Paths.later(desk), AcceptOffer::new);
    assertEquals(Optional.of(cny("1000.00")), desk.state().bindingOffer().map(Offer::total));
  }

  @Test
  void a_goodwill_offer_within_the_proposers_own_limit_still_needs_a_different_actors_approval() {
    Desk desk = assessedWithoutAlternative();

    desk.accept(SUPERVISOR, Paths.later(desk), h -> goodwill(h, "200.00", "apology for a lost birthday gift"));

    assertTrue(SUPERVISOR.mayCommit(cny("200.00")));
    assertEquals(List.of(ApprovalGround.GOODWILL), desk.state().offer().orElseThrow().approvalGrounds());
    assertTrue(desk.state().offerUnderReview());
    assertEquals(List.of(RejectionReason.SELF_APPROVAL),
        desk.reject(SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state())));
    assertEquals(List.of(RejectionReason.OFFER_UNDER_REVIEW),
        desk.reject(CLAIMANT, Paths.later(desk), AcceptOffer::new));
    desk.accept(OTHER_SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state()));
    assertTrue(!desk.state().offerUnderReview());
    desk.accept(CLAIMANT, Paths.later(desk), AcceptOffer::new);
    desk.accept(FINANCE, Paths.later(desk), h -> RejectionReasonsTest.pay(h, "PAY-1", "200.00"));
    assertEquals(ClaimStatus.PAID, desk.state().status());
  }

  @Test
  void a_goodwill_offer_within_the_assessment_also_needs_approval() {
    Desk desk = assessedWithoutAlternative();

    desk.accept(ASSESSOR, Paths.later(desk), h -> goodwill(h, "100.00", "paid fast as a courtesy"));

    assertEquals(List.of(ApprovalGround.GOODWILL), desk.state().offer().orElseThrow().approvalGrounds());
  }

  @Test
  void any_offer_on_a_denied_claim_is_refused_unless_goodwill_which_waits_for_approval() {
    Desk desk = Paths.at(EvidencedInputsTest.barredWorkflow(), ClaimStatus.INVESTIGATED);
    desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h, AssessmentInputs.none()));
    assertTrue(desk.state().assessment().orElseThrow().isDenied());

    assertEquals(List.of(RejectionReason.OFFER_ON_DENIED_CLAIM),
        desk.reject(ASSESSOR, Paths.later(desk), h -> offer(h, "1.00")));
    desk.accept(ASSESSOR, Paths.later(desk), h -> goodwill(h, "50.00", "the delay was ours too"));

    assertEquals(List.of(ApprovalGround.GOODWILL), desk.state().offer().orElseThrow().approvalGrounds());
    assertTrue(desk.state().offerUnderReview());
  }

  @Test
  void a_claim_that_still_needs_evidence_takes_no_offer_even_goodwill() {
    Desk desk = Paths.at(ClaimStatus.INVESTIGATED);
    desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h, AssessmentInputs.none()));

    assertEquals(List.of(RejectionReason.NO_PAYABLE_ASSESSMENT),
        desk.reject(ASSESSOR, Paths.later(desk), h -> goodwill(h, "50.00", "courtesy")));
  }

  @Test
  void an_offer_under_review_is_announced_only_by_its_approval() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);
    ClaimEvent proposed = desk.accept(ASSESSOR, Paths.later(desk), h -> offer(h, "600.00")).get(0);
    ClaimEvent approved = desk.accept(SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state())).get(0);
    NoticeRenderer renderer = NoticeRenderer.of();

    assertEquals("notice.offer-under-review", ProgressNotices.of(proposed).code());
    assertTrue(!renderer.render(proposed, NoticeRenderer.ENGLISH).contains("600"), "the amount is not announced");
    assertEquals("理赔申请 C-LOSS-1 的赔偿方案正在审核中，获批后我们会立即通知您。",
        renderer.render(proposed, NoticeRenderer.MAINLAND));
    assertEquals("notice.offer-approved-and-offered", ProgressNotices.of(approved).code());
    assertEquals("理赔申请 C-LOSS-1 的赔偿方案已获批准：赔偿 600.00 元，将通过银行转账发放。请确认接受或拒绝。",
        renderer.render(approved, NoticeRenderer.MAINLAND));
  }

  @Test
  void a_goodwill_reason_must_not_be_blank() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);

    assertThrows(InvalidValueException.class, () -> goodwill(desk.header(ASSESSOR, java.time.Instant.parse(Paths.later(desk))), "1.00", " "));
  }
}
