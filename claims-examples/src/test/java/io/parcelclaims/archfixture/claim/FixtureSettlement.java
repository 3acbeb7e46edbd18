package io.parcelclaims.archfixture.claim;

import io.parcelclaims.archfixture.policy.FixturePolicyId;

/**
 * WRONG, as claim.Settlement once was: a claim noun names a policy id, while the policy SPI imports
 * claim, so claim and policy form a cycle.
 */
public final class FixtureSettlement {
  /** The wrong import's use. */
  public FixturePolicyId policy;
}
