package io.parcelclaims.archfixture.claim;

import io.parcelclaims.archfixture.workflow.FixtureDecision;

/** WRONG: a claim noun imports the workflow. */
public final class FixtureClaimStatus {
  /** The wrong import's use. */
  public FixtureDecision decision;
}
