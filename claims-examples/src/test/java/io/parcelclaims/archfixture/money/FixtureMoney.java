package io.parcelclaims.archfixture.money;

import io.parcelclaims.archfixture.claim.FixtureClaim;
import io.parcelclaims.archfixture.value.FixtureViolation;

/** WRONG: money imports claim, a package above it (its import of value is allowed). */
public final class FixtureMoney {
  /** Allowed: money may use validation. */
  public FixtureViolation violation;
  /** The wrong import's use. */
  public FixtureClaim claim;
}
