package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static io.parcelclaims.workflow.WorkflowFixtures.LOSS_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.EscalateClaim;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.command.WithdrawClaim;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A retried command is recognised; a command decided on an old version is refused. */
class IdempotencyAndConcurrencyTest {

  @Test
  void retrying_an_applied_command_yields_no_new_events_and_says_it_was_a_duplicate() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);
    CommandHeader h = CommandHeader.of(CommandId.of("verify-1"), LOSS_ID, DESK,
        Instant.parse(Paths.later(desk)), desk.state().version());
    Decision first = desk.workflow().decide(desk.state(), new VerifyClaim(h, Optional.empty()));
    ClaimState after = desk.workflow().evolve(desk.state(), first.events());

    Decision retry = desk.workflow().decide(after, new VerifyClaim(h, Optional.empty()));

    assertTrue(first.isAccepted());
    assertTrue(retry.isDuplicate());
    assertEquals(List.of(RejectionReason.DUPLICATE_COMMAND), retry.reasons());
    assertEquals(List.of(), retry.events());
  }

  @Test
  void a_command_that_produced_several_events_is_applied_once() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);

    // the report produced the reported event and a deadline event under one command id
    assertEquals(2, desk.history().events().size());
    assertEquals(List.of(desk.history().events().get(0).commandId()), desk.state().appliedCommands());
  }

  @Test
  void of_two_commands_decided_on_the_same_version_the_second_is_refused_as_stale() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);
    ClaimState seen = desk.state();
    Instant at = Instant.parse(Paths.later(desk));
    CommandHeader mine = CommandHeader.of(CommandId.of("a-1"), LOSS_ID, DESK, at, seen.version());
    CommandHeader theirs = CommandHeader.of(CommandId.of("b-1"), LOSS_ID, CLAIMANT, at, seen.version());
    Decision first = desk.workflow().decide(seen, new VerifyClaim(mine, Optional.empty()));
    ClaimState now = desk.workflow().evolve(seen, first.events());

    Decision second = desk.workflow().decide(now, new WithdrawClaim(theirs));

    assertTrue(first.isAccepted());
    assertEquals(List.of(RejectionReason.STALE_VERSION), second.reasons());
  }

  @Test
  void a_retry_is_recognised_even_though_its_expected_version_is_now_stale() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);
    desk.accept(CLAIMANT, Paths.later(desk), h -> new EscalateClaim(h, EscalationTarget.SUPERVISOR));
    var escalation = desk.history().events().get(desk.history().events().size() - 1);
    CommandHeader retried = CommandHeader.of(escalation.commandId(), LOSS_ID, CLAIMANT, escalation.at(),
        escalation.version() - 1);

    Decision d = desk.workflow().decide(desk.state(), new EscalateClaim(retried, EscalationTarget.SUPERVISOR));

    assertEquals(List.of(RejectionReason.DUPLICATE_COMMAND), d.reasons());
  }
}
