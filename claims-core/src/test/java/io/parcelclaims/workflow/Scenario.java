package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Core's given/when/then helper, a small twin of the testkit's scenario: "given" is always built
 * by replaying events, so every scenario also exercises replay.
 */
final class Scenario {
  private final ClaimWorkflow workflow;
  private final ClaimState given;
  private Decision decision;

  private Scenario(ClaimWorkflow workflow, ClaimState given) {
    this.workflow = workflow;
    this.given = given;
  }

  static Scenario given(ClaimWorkflow workflow, List<? extends ClaimEvent> events) {
    return new Scenario(workflow, workflow.replay(events));
  }

  Scenario when(ClaimCommand command) {
    decision = workflow.decide(given, command);
    return this;
  }

  /** The decision produced events of these types, in order. */
  Scenario thenEventTypes(String... types) {
    assertTrue(decision.isAccepted(), () -> "expected acceptance, got " + decision.reasons());
    assertEquals(List.of(types), decision.events().stream().map(ClaimEvent::type).toList());
    return this;
  }

  /** The decision was refused for exactly these reasons, and produced no events. */
  Scenario thenRejected(RejectionReason... reasons) {
    assertEquals(List.of(reasons), decision.reasons(), "rejection reasons");
    assertTrue(decision.events().isEmpty());
    return this;
  }

  /** The state after the decision's events satisfies the check. */
  Scenario thenState(Consumer<ClaimState> check) {
    check.accept(workflow.evolve(given, decision.events()));
    return this;
  }

  Decision decision() {
    return decision;
  }
}
