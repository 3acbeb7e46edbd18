package io.parcelclaims.archfixture.rules;

import io.parcelclaims.archfixture.internal.FixtureChecks;
import io.parcelclaims.archfixture.policy.FixtureAssessment;

/** WRONG: a ready rule (module rules) uses core's internal package; its SPI import is allowed. */
public final class FixtureRule {
  /** Allowed: a rule returns assessments. */
  public FixtureAssessment assessment;
  /** The wrong import's use. */
  public FixtureChecks checks;
}
