package io.parcelclaims.testkit.workflow;

/** The stateful tester against core's default wiring, exactly as a carrier runs it against its own. */
class DefaultWiringWorkflowProperties implements WorkflowContract {

  @Override
  public WorkflowWiring wiring() {
    return WorkflowWiring.of(TestWirings.defaultWorkflow());
  }
}
