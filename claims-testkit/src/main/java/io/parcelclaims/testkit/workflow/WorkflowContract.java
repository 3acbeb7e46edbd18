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
 * <p>The first property runs 1,000 random sequences of up to 50 commands (see {@link
 * WorkflowTester} for what is checked after every command) and fails unless at least 20% of
 * sequences reach a payment and every kind of command is accepted at least once. Three more (since
 * 0.2.0) run 200 sequences each and check, along the whole history, the promises between the
 * assessment and the offer:
 *
 * <ul>
 *   <li>no binding offer ever exceeds the assessed total, or its contested alternative where there
 *       is one, and none binds on a denied claim, unless it is marked goodwill and approved by an
 *       actor other than its proposer whose limit covers it;
 *   <li>an offer that needs approval is never accepted, and never announced to the claimant with its
 *       amount, before it is approved;
 *   <li>a proved value or assessed loss without accepted evidence of its kind never reaches the
 *       policy, so never prices a claim, unless the assessed event records it as an override.
 * </ul>
 *
 * <p>Override {@link #tester()} to change the start time, currency or notice renderer.
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

  /**
   * No binding offer exceeds what the assessment supports (its total, or its contested
   * alternative's) or binds on a denied claim, unless it is goodwill and approved by another actor
   * whose limit covers it.
   *
   * @param chain a random sequence
   * @since 0.2.0
   */
  @Property(tries = 200)
  default void no_binding_offer_exceeds_the_assessment_unless_goodwill_and_approved(
      @ForAll("workflowChains") ActionChain<WorkflowRun> chain) {
    WorkflowRun run = chain.run();
    SettlementPromises.checkHistory(wiring(), run.events());
    Statistics.label("binding offer").collect(run.state().bindingOffer()
        .map(o -> o.isGoodwill() ? "goodwill" : "within the assessment").orElse("none"));
  }

  /**
   * An offer that needs approval is never accepted, and never announced with its amount, before it
   * is approved.
   *
   * @param chain a random sequence
   * @since 0.2.0
   */
  @Property(tries = 200)
  default void an_offer_under_review_is_never_accepted_nor_announced_before_approval(
      @ForAll("workflowChains") ActionChain<WorkflowRun> chain) {
    WorkflowRun run = chain.run();
    SettlementPromises.checkHistory(wiring(), run.events());
    Statistics.label("offers under review").collect(run.events().stream()
        .anyMatch(e -> e instanceof io.parcelclaims.workflow.event.OfferProposed o && o.approvalRequired()));
  }

  /**
   * A proved value or an assessed loss without accepted evidence of its kind never prices a claim,
   * unless the assessed event records it as an override with a reason.
   *
   * @param chain a random sequence
   * @since 0.2.0
   */
  @Property(tries = 200)
  default void an_unproven_value_never_prices_a_claim_unless_recorded_as_an_override(
      @ForAll("workflowChains") ActionChain<WorkflowRun> chain) {
    WorkflowRun run = chain.run();
    SettlementPromises.checkHistory(wiring(), run.events());
    Statistics.label("assessments with overrides").collect(run.events().stream()
        .anyMatch(e -> e instanceof io.parcelclaims.workflow.event.ClaimAssessed a && !a.overrides().isEmpty()));
  }
}
