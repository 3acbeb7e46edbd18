package io.parcelclaims.archfixture.value;

import io.parcelclaims.archfixture.policy.FixturePolicyId;

/** WRONG: validation (value) imports the policy SPI, a package above it. */
public final class FixtureViolation {
  /** The wrong import's use. */
  public FixturePolicyId policy;
}
