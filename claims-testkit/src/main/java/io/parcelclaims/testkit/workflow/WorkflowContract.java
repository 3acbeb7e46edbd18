package io.parcelclaims.testkit.workflow;

import io.parcelclaims.workflow.command.CommandKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * The properties every claim-workflow wiring must have, as an interface of jqwik properties. A
 * carrier's test class implements it and supplies its wiring:
 *
 * <pre>
 * class OurWorkflowProperties implements WorkflowContract {
 *   public WorkflowWiring wiring() {
 *     return WorkflowWiring.of(ClaimWorkflow.of(ourCatalogue, ourServiceLevels, ourCalendar));
 *   }
 * }
 * </pre>
 *
 * <p>The property runs 1,000 random sequences of up to 50 commands (see {@link WorkflowTester} for
 * what is checked after every command) and fails unless at least 20% of sequences reach a payment
 * and every kind of command is accepted at least once. Override {@link #tester()} to change the
 * start time, currency or notice renderer.
 *
 * @since 0.1.0
 */
public interface WorkflowContract {

  /** {@return the wiring under test} */
  WorkflowWiring wiring();

  /** {@return the tester of the wiring; override to change its settings} */
  default WorkflowTester tester() {
    return WorkflowTester.of(wiring());
  }

  /**
   * The random command sequences.
   *
   * @return the chains
   */
  @Provide
  default ActionChainArbitrary<WorkflowRun> workflowChains() {
    return tester().chains();
  }

  /**
   * Every command of every sequence keeps the workflow's invariants; the sequences reach payment
   * often enough and accept every kind of command.
   *
   * @param chain a random sequence
   */
  @Property(tries = 1000)
  default void every_command_keeps_the_workflow_invariants(
      @ForAll("workflowChains") ActionChain<WorkflowRun> chain) {
    WorkflowRun run = chain.run();
    Statistics.label("reaches payment").collect(run.reachedPayment());
    for (CommandKind kind : run.acceptedKinds()) {
      Statistics.label("accepted kinds").collect(kind);
    }
    Statistics.label("reaches payment").coverage(c -> c.check(true).percentage(p -> p >= 20.0));
    Statistics.label("accepted kinds").coverage(c -> {
      for (CommandKind kind : CommandKind.values()) {
        c.check(kind).count(n -> n >= 1);
      }
    });
  }
}
