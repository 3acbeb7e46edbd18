package io.parcelclaims.archfixture.policy;

import io.parcelclaims.archfixture.workflow.FixtureDecision;

/** WRONG: the policy SPI imports the workflow that runs it. */
public final class FixtureRunsWorkflow {
  /** The wrong import's use. */
  public FixtureDecision decision;
}
