/**
 * Testing a carrier's claim-workflow wiring. {@link io.parcelclaims.testkit.workflow.WorkflowContract}
 * is an interface of jqwik properties a carrier's test implements with its own {@link
 * io.parcelclaims.testkit.workflow.WorkflowWiring}: it runs random command sequences (jqwik action
 * chains, built by {@link io.parcelclaims.testkit.workflow.WorkflowTester}) and checks the
 * workflow's invariants after every command. {@link io.parcelclaims.testkit.workflow.WorkflowScenario}
 * is a given/when/then helper whose "given" is always built by replaying events.
 */
package io.parcelclaims.testkit.workflow;
