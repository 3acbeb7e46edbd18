package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replay folds events only: it never runs a policy and never reads the service levels. */
class ReplayTest {

  @Test
  void the_assessed_event_records_the_policy_version_the_whole_assessment_and_its_context() {
    Desk desk = Paths.at(ClaimStatus.EVIDENCE_IN_REVIEW);
    desk.accept(ASSESSOR, Paths.later(desk), h -> new io.parcelclaims.workflow.command.ReviewEvidence(h,
        io.parcelclaims.claim.EvidenceId.of("rcpt-1"), io.parcelclaims.claim.ReviewStatus.ACCEPTED));

    ClaimAssessed assessed = (ClaimAssessed) desk.accept(ASSESSOR, Paths.later(desk),
        h -> new AssessClaim(h, AssessmentInputs.builder().provedValue(cny("780.00")).build())).get(0);

    assertEquals(PolicyId.of("test.sf-b", "2024.1"), assessed.assessment().policy());
    assertEquals(cny("144.00"), assessed.assessment().total());
    assertEquals(cny("798.00"), assessed.assessment().alternative().orElseThrow().total(), "EX-04 contested cap");
    assertEquals(LocalDate.of(2025, 9, 20), assessed.context().governingDate());
    assertEquals(java.util.Optional.of(cny("780.00")), assessed.context().provedValue());
    assertEquals(desk.state().finding(), assessed.context().finding());
    assertEquals(desk.state().rootCause(), assessed.context().rootCause());
  }

  @Test
  void a_history_replays_to_the_same_state_after_its_policy_version_left_the_catalogue() {
    List<ClaimEvent> events = Paths.at(ClaimStatus.CLOSED).history().events();
    ClaimState original = WorkflowFixtures.workflow().replay(events);
    // a later wiring: the 2024 version is gone, a 2026 version replaced it, and the service levels
    // changed too
    PolicyCatalogue onlyLater = PolicyCatalogue.of("test.sf-b",
        List.of(WorkflowFixtures.tariff("2026.1", EffectivePeriod.from(LocalDate.of(2026, 1, 1)))));
    ClaimWorkflow later = ClaimWorkflow.of(onlyLater, WorkflowFixtures.gbtLevels(), WorkflowFixtures.calendar());

    ClaimState replayed = later.replay(events);

    assertEquals(original, replayed);
    assertEquals(PolicyId.of("test.sf-b", "2024.1"), replayed.assessment().orElseThrow().policy());
    assertEquals(ServiceLevels.SEED_TOTAL_HANDLING, replayed.stoppedDeadlines().get(0).deadline().serviceLevel());
  }

  @Test
  void replay_equals_the_state_built_one_event_at_a_time() {
    List<ClaimEvent> events = Paths.at(ClaimStatus.REOPENED).history().events();
    ClaimWorkflow workflow = WorkflowFixtures.workflow();
    ClaimState stepwise = ClaimState.initial();
    for (ClaimEvent e : events) {
      stepwise = workflow.evolve(stepwise, e);
    }

    assertEquals(stepwise, workflow.replay(events));
    assertEquals(events.size(), stepwise.version());
  }

  @Test
  void an_event_out_of_sequence_is_a_programming_error() {
    List<ClaimEvent> events = Paths.at(ClaimStatus.VERIFIED).history().events();
    ClaimWorkflow workflow = WorkflowFixtures.workflow();

    assertThrows(IllegalArgumentException.class, () -> workflow.replay(events.subList(1, events.size())));
    assertThrows(IllegalArgumentException.class,
        () -> workflow.evolve(workflow.replay(events), events.get(events.size() - 1)));
  }
}
