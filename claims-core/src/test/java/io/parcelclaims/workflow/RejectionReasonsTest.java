package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static io.parcelclaims.workflow.WorkflowFixtures.FINANCE;
import static io.parcelclaims.workflow.WorkflowFixtures.INVESTIGATOR;
import static io.parcelclaims.workflow.WorkflowFixtures.JUNIOR_SUPERVISOR;
import static io.parcelclaims.workflow.WorkflowFixtures.LOSS_ID;
import static io.parcelclaims.workflow.WorkflowFixtures.SUPERVISOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.DeclineOffer;
import io.parcelclaims.workflow.command.MakeCounterOffer;
import io.parcelclaims.workflow.command.OpenClaim;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordFinding;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.RecordPaymentFailure;
import io.parcelclaims.workflow.command.RecordRecovery;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimReported;
import io.parcelclaims.workflow.event.EventHeader;
import io.parcelclaims.workflow.event.OfferAccepted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each reason the workflow refuses a command, shown at least once; each leaves the state unchanged. */
class RejectionReasonsTest {

  @Test
  void a_command_not_allowed_in_the_status_is_refused_as_wrong_state() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);

    List<RejectionReason> reasons = desk.reject(SUPERVISOR, Paths.later(desk), h -> new ApproveOffer(h, 0, 0));

    assertEquals(List.of(RejectionReason.WRONG_STATE), reasons);
  }

  @Test
  void a_command_from_a_role_that_may_not_issue_it_is_refused_as_role_not_allowed() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);

    List<RejectionReason> reasons = desk.reject(CLAIMANT, Paths.later(desk), h -> new VerifyClaim(h, Optional.empty()));

    assertEquals(List.of(RejectionReason.ROLE_NOT_ALLOWED), reasons);
  }

  @Test
  void a_command_expecting_an_older_version_is_refused_as_stale() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);
    CommandHeader stale = CommandHeader.of(CommandId.of("late-1"), LOSS_ID, DESK,
        Instant.parse(Paths.later(desk)), desk.state().version() - 1);

    Scenario.given(desk.workflow(), desk.history().events())
        .when(new VerifyClaim(stale, Optional.empty()))
        .thenRejected(RejectionReason.STALE_VERSION);
  }

  @Test
  void a_command_whose_id_was_applied_is_refused_as_a_duplicate() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);
    CommandId reportId = desk.history().events().get(0).commandId();
    CommandHeader retry = CommandHeader.of(reportId, LOSS_ID, DESK, Paths.START, 0);

    Decision d = Scenario.given(desk.workflow(), desk.history().events())
        .when(new ReportClaim(retry, WorkflowFixtures.lossClaim(), WorkflowFixtures.party("P-77"), List.of()))
        .thenRejected(RejectionReason.DUPLICATE_COMMAND)
        .decision();

    assertTrue(d.isDuplicate());
  }

  @Test
  void a_command_for_another_claim_is_refused() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);
    CommandHeader other = CommandHeader.of(CommandId.of("x-1"), ClaimId.of("C-OTHER"), DESK,
        Instant.parse(Paths.later(desk)), desk.state().version());

    Scenario.given(desk.workflow(), desk.history().events())
        .when(new VerifyClaim(other, Optional.empty()))
        .thenRejected(RejectionReason.WRONG_CLAIM);
  }

  @Test
  void a_command_dated_before_the_last_event_is_refused() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);

    List<RejectionReason> reasons = desk.reject(DESK, "2025-09-01T00:00:00Z", h -> new VerifyClaim(h, Optional.empty()));

    assertEquals(List.of(RejectionReason.OUT_OF_ORDER_TIME), reasons);
  }

  @Test
  void a_report_on_a_waybill_with_an_open_claim_of_the_same_type_is_a_duplicate() {
    Desk desk = Paths.at(ClaimStatus.NOT_REPORTED);
    List<OpenClaim> open = List.of(OpenClaim.of(ClaimId.of("C-EARLIER"), ClaimType.LOSS));

    List<RejectionReason> reasons = desk.reject(DESK, Paths.START.toString(),
        h -> new ReportClaim(h, WorkflowFixtures.lossClaim(), WorkflowFixtures.party("P-77"), open));

    assertEquals(List.of(RejectionReason.DUPLICATE_CLAIM_ON_WAYBILL), reasons);
  }

  @Test
  void a_report_on_a_waybill_with_open_claims_of_other_types_is_linked_to_them() {
    Desk desk = Paths.at(ClaimStatus.NOT_REPORTED);
    List<OpenClaim> open = List.of(OpenClaim.of(ClaimId.of("C-DELAY"), ClaimType.DELAY));

    var events = desk.accept(DESK, Paths.START.toString(),
        h -> new ReportClaim(h, WorkflowFixtures.lossClaim(), WorkflowFixtures.party("P-77"), open));

    assertEquals(List.of(ClaimId.of("C-DELAY")), ((ClaimReported) events.get(0)).linkedClaims());
    assertEquals(List.of(ClaimId.of("C-DELAY")), desk.state().linkedClaims());
  }

  @Test
  void evidence_with_an_id_already_on_the_claim_is_refused() {
    Desk desk = Paths.at(ClaimStatus.EVIDENCE_IN_REVIEW);

    List<RejectionReason> reasons = desk.reject(CLAIMANT, Paths.later(desk), h -> new SubmitEvidence(h,
        List.of(WorkflowFixtures.receipt("rcpt-1", "10.00", h.at()))));

    assertEquals(List.of(RejectionReason.DUPLICATE_EVIDENCE), reasons);
  }

  @Test
  void a_finding_with_an_id_already_on_the_claim_is_refused() {
    Desk desk = Paths.at(ClaimStatus.INVESTIGATING);
    desk.accept(INVESTIGATOR, Paths.later(desk), h -> new RecordFinding(h, Paths.staffEvidence("cctv-1", h.at())));

    List<RejectionReason> reasons = desk.reject(INVESTIGATOR, Paths.later(desk),
        h -> new RecordFinding(h, Paths.staffEvidence("cctv-1", h.at())));

    assertEquals(List.of(RejectionReason.DUPLICATE_EVIDENCE), reasons);
  }

  @Test
  void reviewing_evidence_that_is_not_on_the_claim_is_refused() {
    Desk desk = Paths.at(ClaimStatus.EVIDENCE_IN_REVIEW);

    List<RejectionReason> reasons = desk.reject(ASSESSOR, Paths.later(desk),
        h -> new ReviewEvidence(h, EvidenceId.of("nope"), ReviewStatus.ACCEPTED));

    assertEquals(List.of(RejectionReason.UNKNOWN_EVIDENCE), reasons);
  }

  @Test
  void assessing_when_no_policy_version_is_in_force_on_the_governing_date_is_refused() {
    // the only version starts in 2026; the parcel was accepted on 2025-09-20
    PolicyCatalogue from2026 = PolicyCatalogue.of("test.sf-b",
        List.of(WorkflowFixtures.tariff("2026.1", EffectivePeriod.from(LocalDate.of(2026, 1, 1)))));
    ClaimWorkflow workflow = ClaimWorkflow.of(from2026, ServiceLevels.defaults(), WorkflowFixtures.calendar());
    Desk desk = Paths.at(workflow, ClaimStatus.INVESTIGATED);

    List<RejectionReason> reasons = desk.reject(ASSESSOR, Paths.later(desk),
        h -> new AssessClaim(h, AssessmentInputs.none()));

    assertEquals(List.of(RejectionReason.NO_POLICY_IN_FORCE), reasons);
  }

  @Test
  void a_policy_that_throws_is_refused_as_policy_failed() {
    CompensationPolicy broken = new CompensationPolicy() {
      @Override
      public PolicyId id() {
        return PolicyId.of("test.broken", "1");
      }

      @Override
      public EffectivePeriod period() {
        return EffectivePeriod.from(LocalDate.of(2024, 1, 1));
      }

      @Override
      public io.parcelclaims.policy.Assessment assess(Claim claim, AssessmentContext context) {
        throw new IllegalStateException("tariff table missing");
      }
    };
    ClaimWorkflow workflow = ClaimWorkflow.of(PolicyCatalogue.of("test.broken", List.of(broken)),
        ServiceLevels.defaults(), WorkflowFixtures.calendar());
    Desk desk = Paths.at(workflow, ClaimStatus.INVESTIGATED);

    List<RejectionReason> reasons = desk.reject(ASSESSOR, Paths.later(desk),
        h -> new AssessClaim(h, AssessmentInputs.none()));

    assertEquals(List.of(RejectionReason.POLICY_FAILED), reasons);
  }

  @Test
  void an_offer_on_an_assessment_that_needs_evidence_is_refused() {
    Desk desk = Paths.at(ClaimStatus.INVESTIGATED);
    // no proved value: the tariff cannot price the loss and asks for evidence
    desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h, AssessmentInputs.none()));

    List<RejectionReason> reasons = desk.reject(ASSESSOR, Paths.later(desk), h -> offer(h, cny("100.00")));

    assertEquals(List.of(RejectionReason.NO_PAYABLE_ASSESSMENT), reasons);
  }

  @Test
  void an_offer_in_another_currency_is_refused() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);

    List<RejectionReason> reasons = desk.reject(ASSESSOR, Paths.later(desk), h -> offer(h, Money.of("USD", "20.00")));

    assertEquals(List.of(RejectionReason.CURRENCY_MISMATCH), reasons);
  }

  @Test
  void an_offer_of_nothing_is_refused() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);

    List<RejectionReason> reasons = desk.reject(ASSESSOR, Paths.later(desk), h -> offer(h, cny("0.00")));

    assertEquals(List.of(RejectionReason.OFFER_NOT_POSITIVE), reasons);
  }

  @Test
  void an_approval_by_someone_whose_limit_does_not_cover_the_offer_is_refused() {
    Desk desk = offerAboveTheAssessorsLimit();

    List<RejectionReason> reasons = desk.reject(JUNIOR_SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state()));

    assertEquals(List.of(RejectionReason.ABOVE_AUTHORITY_LIMIT), reasons);
  }

  @Test
  void the_proposer_may_not_approve_its_own_offer_even_after_its_limit_was_raised() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);
    // a supervisor with CNY 100.00 proposes 144.00, which then needs a second pair of eyes
    desk.accept(JUNIOR_SUPERVISOR, Paths.later(desk), h -> offer(h, cny("144.00")));
    Actor promoted = Actor.builder().id(JUNIOR_SUPERVISOR.id()).role(ActorRole.SUPERVISOR)
        .addAuthorityLimits(cny("5000.00")).build();

    List<RejectionReason> reasons = desk.reject(promoted, Paths.later(desk), h -> approve(h, desk.state()));

    assertEquals(List.of(RejectionReason.SELF_APPROVAL), reasons);
  }

  @Test
  void an_approval_naming_an_older_offer_is_refused() {
    Desk desk = offerAboveTheAssessorsLimit();
    Offer offer = desk.state().offer().orElseThrow();

    List<RejectionReason> reasons = desk.reject(SUPERVISOR, Paths.later(desk),
        h -> new ApproveOffer(h, desk.state().assessmentVersion(), offer.version() - 1));

    assertEquals(List.of(RejectionReason.APPROVED_OFFER_CHANGED), reasons);
  }

  @Test
  void approving_an_offer_within_its_proposers_limit_or_approving_twice_is_refused() {
    Desk within = Paths.at(ClaimStatus.OFFERED);
    Desk twice = offerAboveTheAssessorsLimit();
    twice.accept(SUPERVISOR, Paths.later(twice), h -> approve(h, twice.state()));

    assertEquals(List.of(RejectionReason.APPROVAL_NOT_REQUIRED),
        within.reject(SUPERVISOR, Paths.later(within), h -> approve(h, within.state())));
    assertEquals(List.of(RejectionReason.ALREADY_APPROVED),
        twice.reject(SUPERVISOR, Paths.later(twice), h -> approve(h, twice.state())));
  }

  @Test
  void answering_an_offer_under_review_is_refused() {
    Desk desk = offerAboveTheAssessorsLimit();

    assertEquals(List.of(RejectionReason.OFFER_UNDER_REVIEW),
        desk.reject(CLAIMANT, Paths.later(desk), AcceptOffer::new));
    assertEquals(List.of(RejectionReason.OFFER_UNDER_REVIEW),
        desk.reject(CLAIMANT, Paths.later(desk), DeclineOffer::new));
    assertEquals(List.of(RejectionReason.OFFER_UNDER_REVIEW),
        desk.reject(CLAIMANT, Paths.later(desk), h -> new MakeCounterOffer(h, cny("700.00"))));
  }

  @Test
  void paying_an_offer_accepted_before_its_approval_in_a_0_1_history_is_refused() {
    // 0.1 let a claimant accept an offer under review; such a history still replays, and pays nothing
    Desk desk = offerAboveTheAssessorsLimit();
    ClaimState s = desk.state();
    OfferAccepted accepted = new OfferAccepted(new EventHeader(s.claimId().orElseThrow(), s.version() + 1,
        CommandId.of("cmd-0.1-accept"), CLAIMANT.id(), CLAIMANT.role(),
        Instant.parse(Paths.later(desk))), s.offer().orElseThrow().version());
    ClaimState agreed = desk.workflow().evolve(s, accepted);
    assertEquals(ClaimStatus.AGREED, agreed.status());

    Decision d = desk.workflow().decide(agreed, new RecordPayment(
        CommandHeader.of(CommandId.of("cmd-pay"), s.claimId().orElseThrow(), FINANCE,
            Instant.parse(Paths.later(desk)).plusSeconds(60), agreed.version()),
        PaymentReference.of("PAY-1"), cny("600.00"), PaymentMethod.ALIPAY));

    assertEquals(List.of(RejectionReason.AWAITING_APPROVAL), d.reasons());
  }

  @Test
  void a_payment_above_the_binding_offer_is_refused() {
    Desk desk = Paths.at(ClaimStatus.AGREED);
    desk.accept(FINANCE, Paths.later(desk), h -> pay(h, "PAY-1", "100.00"));

    List<RejectionReason> reasons = desk.reject(FINANCE, Paths.later(desk), h -> pay(h, "PAY-2", "44.01"));

    assertEquals(List.of(RejectionReason.PAYMENT_ABOVE_BINDING_OFFER), reasons);
    assertEquals(Optional.of(cny("100.00")), desk.state().paid());
  }

  @Test
  void a_payment_reference_used_before_is_refused() {
    Desk desk = Paths.at(ClaimStatus.AGREED);
    desk.accept(FINANCE, Paths.later(desk), h -> pay(h, "PAY-1", "100.00"));

    List<RejectionReason> reasons = desk.reject(FINANCE, Paths.later(desk), h -> pay(h, "PAY-1", "44.00"));

    assertEquals(List.of(RejectionReason.DUPLICATE_PAYMENT), reasons);
  }

  @Test
  void a_failure_of_a_payment_never_recorded_is_refused() {
    Desk desk = Paths.at(ClaimStatus.PAID);

    List<RejectionReason> reasons = desk.reject(FINANCE, Paths.later(desk),
        h -> new RecordPaymentFailure(h, PaymentReference.of("PAY-404"), PaymentFailure.REVERSED));

    assertEquals(List.of(RejectionReason.UNKNOWN_PAYMENT), reasons);
  }

  @Test
  void a_recovery_above_what_was_paid_is_refused() {
    Desk desk = Paths.at(ClaimStatus.REOPENED);

    List<RejectionReason> reasons = desk.reject(FINANCE, Paths.later(desk),
        h -> new RecordRecovery(h, cny("144.01"), Optional.empty()));

    assertEquals(List.of(RejectionReason.RECOVERY_ABOVE_PAID), reasons);
  }

  @Test
  void a_report_whose_deadlines_fall_outside_the_calendar_is_refused() {
    // the calendar covers 2025 and 2026; ten working days from 2026-12-30 run into 2027
    Claim late = WorkflowFixtures.lossClaim(Instant.parse("2026-12-30T02:00:00Z"));
    Desk desk = Paths.at(ClaimStatus.NOT_REPORTED);

    List<RejectionReason> reasons = desk.reject(DESK, "2026-12-30T02:00:00Z",
        h -> new ReportClaim(h, late, WorkflowFixtures.party("P-77"), List.of()));

    assertEquals(List.of(RejectionReason.OUTSIDE_CALENDAR), reasons);
  }

  @Test
  void a_wrong_role_in_the_wrong_state_gets_both_reasons() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);

    List<RejectionReason> reasons = desk.reject(FINANCE, Paths.later(desk), h -> pay(h, "PAY-1", "1.00"));

    assertEquals(List.of(RejectionReason.WRONG_STATE), reasons);
    assertEquals(List.of(RejectionReason.WRONG_STATE, RejectionReason.ROLE_NOT_ALLOWED),
        desk.reject(CLAIMANT, Paths.later(desk), h -> pay(h, "PAY-1", "1.00")));
  }

  @Test
  void reason_keys_are_distinct_kebab_case_message_keys() {
    Set<String> keys = EnumSet.allOf(RejectionReason.class).stream().map(RejectionReason::key)
        .collect(Collectors.toSet());

    assertEquals(RejectionReason.values().length, keys.size());
    assertEquals("rejection.stale-version", RejectionReason.STALE_VERSION.key());
    assertTrue(keys.stream().allMatch(k -> k.matches("rejection\\.[a-z-]+")));
  }

  /** EX-02's 600.00 proposed by the assessor, whose limit is 500.00. */
  static Desk offerAboveTheAssessorsLimit() {
    Desk desk = Paths.at(ClaimStatus.ASSESSED);
    desk.accept(ASSESSOR, Paths.later(desk), h -> offer(h, cny("600.00")));
    assertTrue(desk.state().offer().orElseThrow().approvalRequired());
    return desk;
  }

  static ProposeOffer offer(CommandHeader h, Money amount) {
    return new ProposeOffer(h, List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, amount)),
        PaymentMethod.BANK_TRANSFER);
  }

  static ApproveOffer approve(CommandHeader h, ClaimState state) {
    return state.offer().orElseThrow().approval(h);
  }

  static RecordPayment pay(CommandHeader h, String reference, String amount) {
    return new RecordPayment(h, PaymentReference.of(reference), cny(amount), PaymentMethod.BANK_TRANSFER);
  }
}
