package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A claims desk in a test: issues commands against one claim with fresh ids and the current
 * version, and keeps the history. Every accepted decision is also checked to replay to the state.
 */
final class Desk {
  private final ClaimWorkflow workflow;
  private final ClaimId claimId;
  private ClaimHistory history = ClaimHistory.empty();
  private int next = 1;

  Desk(ClaimWorkflow workflow, ClaimId claimId) {
    this.workflow = workflow;
    this.claimId = claimId;
  }

  ClaimState state() {
    return history.state();
  }

  ClaimHistory history() {
    return history;
  }

  ClaimWorkflow workflow() {
    return workflow;
  }

  /** A header for the next command: a fresh id, the current version. */
  CommandHeader header(Actor actor, Instant at) {
    return CommandHeader.of(CommandId.of("cmd-" + next++), claimId, actor, at, state().version());
  }

  /** Issues a command; it must be accepted. Returns its events. */
  List<ClaimEvent> accept(Actor actor, String at, Function<CommandHeader, ClaimCommand> command) {
    Decision d = decide(actor, at, command);
    assertTrue(d.isAccepted(), () -> "expected acceptance, got " + d.reasons());
    history = history.append(d);
    assertEquals(history.state(), workflow.replay(history.events()), "replay differs from the state");
    return d.events();
  }

  /** Issues a command; it must be refused, and the state must not change. */
  List<RejectionReason> reject(Actor actor, String at, Function<CommandHeader, ClaimCommand> command) {
    ClaimState before = state();
    Decision d = decide(actor, at, command);
    assertTrue(d.isRejected(), () -> "expected a rejection, got " + d.events());
    assertEquals(before, history.append(d).state());
    return d.reasons();
  }

  Decision decide(Actor actor, String at, Function<CommandHeader, ClaimCommand> command) {
    return workflow.decide(state(), command.apply(header(actor, Instant.parse(at))));
  }
}
