package io.parcelclaims.testkit.workflow;

import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.RejectionReason;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A given/when/then helper for workflow examples: {@code given} events, {@code when} a command,
 * {@code then} the events produced, the rejection, or the resulting state. "Given" is always
 * built by replaying the events through the wiring, so every scenario also exercises replay.
 *
 * <pre>
 * WorkflowScenario.given(wiring, storedEvents)
 *     .when(new ApproveOffer(header, 9, 10))
 *     .thenRejected(RejectionReason.SELF_APPROVAL);
 * </pre>
 *
 * <p>Failures throw {@link AssertionError}. Use a scenario once; it is not thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkflowScenario {
  private final WorkflowWiring wiring;
  private final ClaimState given;
  private Decision decision;

  private WorkflowScenario(WorkflowWiring wiring, ClaimState given) {
    this.wiring = wiring;
    this.given = given;
  }

  /**
   * A scenario starting from the state the events replay to.
   *
   * @param wiring the wiring under test
   * @param events the claim's events so far, in order
   * @return the scenario
   */
  public static WorkflowScenario given(WorkflowWiring wiring, List<? extends ClaimEvent> events) {
    Objects.requireNonNull(wiring, "wiring");
    return new WorkflowScenario(wiring, wiring.replay(events));
  }

  /**
   * A scenario starting from a claim with no events.
   *
   * @param wiring the wiring under test
   * @return the scenario
   */
  public static WorkflowScenario givenNoEvents(WorkflowWiring wiring) {
    return given(wiring, List.of());
  }

  /**
   * Decides a command on the given state.
   *
   * @param command the command
   * @return this scenario
   */
  public WorkflowScenario when(ClaimCommand command) {
    decision = wiring.decide(given, Objects.requireNonNull(command, "command"));
    return this;
  }

  /**
   * Expects the command to be accepted with events of these stored types, in order.
   *
   * @param types stable type names, such as {@code claim.verified}
   * @return this scenario
   * @throws AssertionError if the command was refused or the types differ
   */
  public WorkflowScenario thenEventTypes(String... types) {
    Decision d = decision();
    if (!d.isAccepted()) {
      throw new AssertionError("expected events " + List.of(types) + " but the command was refused: " + d.reasons());
    }
    List<String> actual = d.events().stream().map(ClaimEvent::type).toList();
    if (!actual.equals(List.of(types))) {
      throw new AssertionError("expected events " + List.of(types) + " but got " + actual);
    }
    return this;
  }

  /**
   * Expects the command to be refused for exactly these reasons, in order.
   *
   * @param reasons the reasons
   * @return this scenario
   * @throws AssertionError if the command was accepted or the reasons differ
   */
  public WorkflowScenario thenRejected(RejectionReason... reasons) {
    Decision d = decision();
    if (!d.reasons().equals(List.of(reasons))) {
      throw new AssertionError("expected rejection " + List.of(reasons) + " but got "
          + (d.isAccepted() ? "events " + d.events().stream().map(ClaimEvent::type).toList() : d.reasons()));
    }
    return this;
  }

  /**
   * Checks the state after the decision's events (the given state when refused).
   *
   * @param check assertions on the state
   * @return this scenario
   */
  public WorkflowScenario thenState(Consumer<ClaimState> check) {
    ClaimState s = given;
    for (ClaimEvent e : decision().events()) {
      s = wiring.evolve(s, e);
    }
    check.accept(s);
    return this;
  }

  /** {@return the state the given events replayed to} */
  public ClaimState givenState() {
    return given;
  }

  /**
   * The decision of {@link #when}.
   *
   * @return the decision
   * @throws IllegalStateException if {@link #when} was not called
   */
  public Decision decision() {
    if (decision == null) {
      throw new IllegalStateException("call when(command) first");
    }
    return decision;
  }
}
