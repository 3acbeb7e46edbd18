package io.parcelclaims.testkit.workflow;

import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.TransitionTable;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.util.List;
import java.util.Objects;

/**
 * A carrier's claim workflow as the tester sees it: {@code decide} and {@code evolve}. Usually
 * {@link #of(ClaimWorkflow)}; a carrier that wraps the workflow (adding its own checks, say)
 * implements this to test the wrapper.
 *
 * @since 0.1.0
 */
public interface WorkflowWiring {

  /**
   * Decides a command.
   *
   * @param state the claim's state
   * @param command the command
   * @return the events or the rejection
   */
  Decision decide(ClaimState state, ClaimCommand command);

  /**
   * Applies one event.
   *
   * @param state the state before
   * @param event the next event
   * @return the state after
   */
  ClaimState evolve(ClaimState state, ClaimEvent event);

  /** {@return the state of a claim with no events} */
  default ClaimState initialState() {
    return ClaimState.initial();
  }

  /** {@return the allowed transitions the tester mostly stays within} */
  default TransitionTable transitions() {
    return TransitionTable.defaults();
  }

  /**
   * Folds events into a state from {@link #initialState()}.
   *
   * @param events the claim's events, in order
   * @return the state
   */
  default ClaimState replay(List<? extends ClaimEvent> events) {
    ClaimState s = initialState();
    for (ClaimEvent e : events) {
      s = evolve(s, e);
    }
    return s;
  }

  /**
   * The wiring of a {@link ClaimWorkflow}.
   *
   * @param workflow the workflow
   * @return its wiring
   */
  static WorkflowWiring of(ClaimWorkflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    return new WorkflowWiring() {
      @Override
      public Decision decide(ClaimState state, ClaimCommand command) {
        return workflow.decide(state, command);
      }

      @Override
      public ClaimState evolve(ClaimState state, ClaimEvent event) {
        return workflow.evolve(state, event);
      }

      @Override
      public TransitionTable transitions() {
        return workflow.transitions();
      }

      @Override
      public String toString() {
        return "WorkflowWiring[" + workflow.catalogue() + ", " + workflow.serviceLevels() + "]";
      }
    };
  }
}
