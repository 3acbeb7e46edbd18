package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.INVESTIGATOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.InputOverride;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A proved value or an assessed loss counts only with reviewed, accepted evidence of its kind on the
 * claim, or as an override the event records with a reason (issue 12); otherwise the answer is
 * NEEDS_EVIDENCE naming what is missing. The loss claim and the EX-04 tariff of the fixtures: with
 * the value 780.00 counted, 144.00 (126.00 + 18.00).
 */
class EvidencedInputsTest {
  private static final AssessmentInputs VALUE_780 = AssessmentInputs.builder().provedValue(cny("780.00")).build();

  /** The loss claim investigated, with the claimant's receipt for 780.00 in the given review status. */
  private static Desk withReceipt(Optional<ReviewStatus> review) {
    Desk desk = Paths.at(ClaimStatus.INVESTIGATED);
    desk.accept(CLAIMANT, Paths.later(desk),
        h -> new SubmitEvidence(h, List.of(WorkflowFixtures.receipt("rcpt-1", "780.00", h.at()))));
    review.ifPresent(status -> desk.accept(ASSESSOR, Paths.later(desk),
        h -> new ReviewEvidence(h, EvidenceId.of("rcpt-1"), status)));
    return desk;
  }

  private static ClaimAssessed assess(Desk desk, AssessmentInputs in, List<InputOverride> overrides) {
    return (ClaimAssessed) desk.accept(ASSESSOR, Paths.later(desk), h -> new AssessClaim(h, in, overrides)).get(0);
  }

  /** A workflow whose policy bars every claim as too late (a test policy, not a rule). */
  static ClaimWorkflow barredWorkflow() {
    // a policy that bars every claim as too late: the value's evidence would change nothing
    io.parcelclaims.policy.CompensationPolicy barred = new io.parcelclaims.policy.CompensationPolicy() {
      @Override
      public io.parcelclaims.policy.PolicyId id() {
        return io.parcelclaims.policy.PolicyId.of("test.barred", "1");
      }

      @Override
      public io.parcelclaims.policy.EffectivePeriod period() {
        return io.parcelclaims.policy.EffectivePeriod.from(java.time.LocalDate.of(2024, 1, 1));
      }

      @Override
      public Assessment assess(io.parcelclaims.claim.Claim claim, io.parcelclaims.policy.AssessmentContext c) {
        return Assessment.builder().policy(id()).outcome(Outcome.DENIED)
            .addDenialReasons(DenialReason.TIME_BARRED).currency(claim.shipment().currency())
            .explanation(io.parcelclaims.policy.ExplanationStep.builder().rule(id())
                .messageKey("explain.denied").build())
            .build();
      }
    };
    return ClaimWorkflow.of(io.parcelclaims.policy.PolicyCatalogue.of("test.barred",
        List.of(barred)), io.parcelclaims.servicelevel.ServiceLevels.defaults(), WorkflowFixtures.calendar());
  }

  @Test
  void a_proved_value_with_an_accepted_purchase_proof_prices_the_claim() {
    Desk desk = withReceipt(Optional.of(ReviewStatus.ACCEPTED));

    ClaimAssessed assessed = assess(desk, VALUE_780, List.of());

    assertEquals(Outcome.PAYABLE, assessed.assessment().outcome());
    assertEquals(cny("144.00"), assessed.assessment().total());
    assertEquals(Optional.of(cny("780.00")), assessed.context().provedValue());
    assertEquals(List.of(), assessed.overrides());
  }

  @Test
  void a_proved_value_with_no_pending_or_rejected_purchase_proof_needs_that_evidence_and_prices_nothing() {
    for (Optional<ReviewStatus> review : List.of(Optional.<ReviewStatus>empty(), Optional.of(ReviewStatus.REJECTED))) {
      Desk desk = withReceipt(review);
      ClaimAssessed assessed = assess(desk, VALUE_780, List.of());
      Assessment a = assessed.assessment();

      assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome(), review.toString());
      assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), a.missingEvidence());
      assertEquals(List.of(), a.lines());
      assertEquals(Optional.empty(), a.alternative());
      assertEquals(Optional.empty(), assessed.context().provedValue(), "the unproven value does not count");
      // the tariff, run without the unproven value, asks for the purchase proof itself: its answer stands
      assertEquals(WorkflowFixtures.tariff("2024.1", io.parcelclaims.policy.EffectivePeriod.from(
          java.time.LocalDate.of(2024, 1, 1))).assess(desk.state().claim().orElseThrow(), assessed.context()), a);
      assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), desk.state().evidenceRequested());
    }
    Desk none = Paths.at(ClaimStatus.INVESTIGATED);
    assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), assess(none, VALUE_780, List.of()).assessment().missingEvidence());
  }

  @Test
  void a_policy_that_would_price_without_the_value_is_answered_by_the_workflows_request_for_it() {
    // a tariff that refunds the fee whatever the value: without the workflow's rule it would price
    io.parcelclaims.policy.CompensationPolicy feeOnly = io.parcelclaims.policy.Tariff.builder("test.fee-only", "1")
        .effective(io.parcelclaims.policy.EffectivePeriod.from(java.time.LocalDate.of(2024, 1, 1)))
        .line(io.parcelclaims.claim.LineKind.FEE_REFUND, io.parcelclaims.claim.Remedy.FEE_REFUND,
            io.parcelclaims.policy.Policies.shippingFee())
        .build();
    ClaimWorkflow workflow = ClaimWorkflow.of(io.parcelclaims.policy.PolicyCatalogue.of("test.fee-only",
        List.of(feeOnly)), io.parcelclaims.servicelevel.ServiceLevels.defaults(), WorkflowFixtures.calendar());
    Desk desk = Paths.at(workflow, ClaimStatus.INVESTIGATED);

    Assessment a = assess(desk, VALUE_780, List.of()).assessment();

    assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
    assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), a.missingEvidence());
    assertEquals(List.of(), a.lines());
    assertEquals(List.of("test.fee-only@1"), a.ruleIds());
    assertEquals("explain.evidence-missing", a.explanation().messageKey());
    assertEquals(List.of(new io.parcelclaims.policy.Fact("provedValue",
        io.parcelclaims.message.MessageArg.money(cny("780.00")))), a.explanation().facts());
  }

  @Test
  void an_override_with_a_reason_lets_the_value_count_and_the_event_records_it() {
    Desk desk = Paths.at(ClaimStatus.INVESTIGATED);
    InputOverride override = new InputOverride(EvidencedInput.PROVED_VALUE, "seller's invoice seen at the counter");

    ClaimAssessed assessed = assess(desk, VALUE_780, List.of(override));

    assertEquals(cny("144.00"), assessed.assessment().total());
    assertEquals(List.of(override), assessed.overrides());
    assertEquals(Optional.of(cny("780.00")), assessed.context().provedValue());
  }

  @Test
  void an_assessed_loss_needs_a_repair_estimate_and_both_missing_are_named() {
    // the damage claim's EX-02 inputs, with photos but neither an invoice nor a repair estimate
    Desk desk = new Desk(WorkflowFixtures.workflow(), WorkflowFixtures.DAMAGE_ID);
    desk.accept(CLAIMANT, "2025-04-25T01:00:00Z", h -> new io.parcelclaims.workflow.command.ReportClaim(h,
        WorkflowFixtures.damageClaim(), WorkflowFixtures.party("P-88"), List.of()));
    desk.accept(WorkflowFixtures.DESK, "2025-04-25T03:00:00Z",
        h -> new io.parcelclaims.workflow.command.VerifyClaim(h, Optional.empty()));
    desk.accept(INVESTIGATOR, "2025-04-28T01:00:00Z", io.parcelclaims.workflow.command.OpenInvestigation::new);
    desk.accept(INVESTIGATOR, "2025-04-29T01:00:00Z",
        h -> new ConcludeInvestigation(h, InvestigationFinding.DAMAGED, RootCause.HANDLING));
    AssessmentInputs ex02 = AssessmentInputs.builder().provedValue(cny("5000.00")).assessedLoss(cny("1500.00")).build();

    Assessment both = ((ClaimAssessed) desk.accept(ASSESSOR, "2025-04-30T01:00:00Z",
        h -> new AssessClaim(h, ex02)).get(0)).assessment();
    desk.accept(ASSESSOR, "2025-04-30T01:30:00Z",
        h -> new io.parcelclaims.workflow.command.RequestEvidence(h, both.missingEvidence()));
    desk.accept(CLAIMANT, "2025-04-30T02:00:00Z", h -> new SubmitEvidence(h, List.of(
        WorkflowFixtures.evidence("repair-1", EvidenceKind.REPAIR_ESTIMATE, Submitter.CLAIMANT, h.at()))));
    desk.accept(ASSESSOR, "2025-04-30T03:00:00Z", h -> new ReviewEvidence(h, EvidenceId.of("repair-1"), ReviewStatus.ACCEPTED));
    Assessment valueOnly = ((ClaimAssessed) desk.accept(ASSESSOR, "2025-04-30T04:00:00Z",
        h -> new AssessClaim(h, ex02)).get(0)).assessment();
    Assessment priced = ((ClaimAssessed) desk.accept(ASSESSOR, "2025-04-30T05:00:00Z",
        h -> new AssessClaim(h, ex02, List.of(new InputOverride(EvidencedInput.PROVED_VALUE, "price list")))).get(0))
        .assessment();

    assertEquals(java.util.Set.of(EvidenceKind.PURCHASE_PROOF, EvidenceKind.REPAIR_ESTIMATE),
        java.util.Set.copyOf(both.missingEvidence()));
    assertEquals(2, both.missingEvidence().size());
    assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), valueOnly.missingEvidence());
    assertEquals(cny("600.00"), priced.total(), "EX-02: 1,500.00 × 2,000.00 / 5,000.00");
  }

  @Test
  void a_denial_on_other_grounds_stands_without_asking_for_the_value_evidence() {
    ClaimWorkflow workflow = barredWorkflow();
    Desk desk = Paths.at(workflow, ClaimStatus.INVESTIGATED);

    ClaimAssessed assessed = assess(desk, VALUE_780, List.of());

    assertEquals(Outcome.DENIED, assessed.assessment().outcome());
    assertEquals(List.of(DenialReason.TIME_BARRED), assessed.assessment().denialReasons());
    assertEquals(Optional.empty(), assessed.context().provedValue(), "the unproven value did not count");
  }

  @Test
  void an_override_must_name_an_input_the_command_sets_and_only_once() {
    CommandHeader h = CommandHeader.of(io.parcelclaims.claim.CommandId.of("cmd-x"), WorkflowFixtures.LOSS_ID,
        ASSESSOR, java.time.Instant.parse("2025-09-26T02:00:00Z"), 3);
    InputOverride loss = new InputOverride(EvidencedInput.ASSESSED_LOSS, "repair shop phoned");
    InputOverride value = new InputOverride(EvidencedInput.PROVED_VALUE, "price list");

    InvalidValueException unset = assertThrows(InvalidValueException.class,
        () -> new AssessClaim(h, VALUE_780, List.of(loss)));
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> new AssessClaim(h, VALUE_780, List.of(value, value)));
    assertThrows(InvalidValueException.class, () -> new InputOverride(EvidencedInput.PROVED_VALUE, "  "));

    assertEquals("overrides[0].input", unset.violations().get(0).path());
    assertEquals("overrides[1].input", twice.violations().get(0).path());
  }
}
