package io.parcelclaims.archfixture.policy;

import io.parcelclaims.archfixture.claim.FixtureClaim;

/** Allowed: the SPI reads claims. */
public final class FixtureAssessment {
  /** The allowed import's use. */
  public FixtureClaim claim;
}
