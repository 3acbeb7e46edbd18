package io.parcelclaims.archfixture.workflow;

import io.parcelclaims.archfixture.policy.FixtureAssessment;

/** Allowed: the workflow records assessments. */
public final class FixtureDecision {
  /** The allowed import's use. */
  public FixtureAssessment assessment;
}
