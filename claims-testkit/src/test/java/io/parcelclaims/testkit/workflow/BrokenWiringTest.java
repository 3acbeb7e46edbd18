package io.parcelclaims.testkit.workflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.state.ActionChain;

/** The tester must catch a wiring that breaks the workflow's contract. */
class BrokenWiringTest {

  @Example
  void the_tester_catches_an_approval_that_ignores_the_authority_limit() {
    WorkflowTester tester = WorkflowTester.of(TestWirings.approvalIgnoringAuthority());

    Optional<AssertionError> caught = tester.chains().sampleStream().limit(1000)
        .map(BrokenWiringTest::failure)
        .flatMap(Optional::stream)
        .findFirst();

    assertTrue(caught.isPresent(), "no sequence of 1,000 caught the broken approval");
    assertTrue(caught.get().getMessage().contains("approver's own limit"), caught.get().getMessage());
  }

  @Example
  void the_tester_catches_an_acceptance_before_approval() {
    assertCaught(TestWirings.acceptanceBeforeApproval(), "accepted before it was approved");
  }

  @Example
  void the_tester_catches_a_binding_offer_above_the_assessment() {
    assertCaught(TestWirings.offerAboveTheAssessment(), "exceeds what the assessment supports");
  }

  @Example
  void the_tester_catches_an_unproven_value_reaching_the_policy() {
    assertCaught(TestWirings.unprovenValueCounts(), "without accepted E04 evidence");
  }

  private static void assertCaught(WorkflowWiring wiring, String message) {
    Optional<AssertionError> caught = WorkflowTester.of(wiring).chains().sampleStream().limit(1000)
        .map(BrokenWiringTest::failure)
        .flatMap(Optional::stream)
        .filter(e -> e.getMessage().contains(message))
        .findFirst();

    assertTrue(caught.isPresent(), "no sequence of 1,000 caught: " + message);
  }

  @Example
  void the_same_sequences_pass_against_the_sound_wiring() {
    WorkflowTester tester = WorkflowTester.of(WorkflowWiring.of(TestWirings.defaultWorkflow()));

    long failures = tester.chains().sampleStream().limit(200).map(BrokenWiringTest::failure)
        .filter(Optional::isPresent).count();

    assertTrue(failures == 0, failures + " sequences failed against the sound wiring");
  }

  private static Optional<AssertionError> failure(ActionChain<WorkflowRun> chain) {
    try {
      chain.run();
      return Optional.empty();
    } catch (AssertionError e) {
      return Optional.of(e);
    }
  }
}
