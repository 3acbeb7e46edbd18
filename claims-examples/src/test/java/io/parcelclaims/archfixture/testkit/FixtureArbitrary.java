package io.parcelclaims.archfixture.testkit;

import io.parcelclaims.archfixture.testkit.internal.FixtureGenerator;

/** Allowed: the testkit uses its own internal package. */
public final class FixtureArbitrary {
  /** The allowed import's use. */
  public FixtureGenerator generator;
}
