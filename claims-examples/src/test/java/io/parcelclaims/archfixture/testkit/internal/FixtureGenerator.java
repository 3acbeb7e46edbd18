package io.parcelclaims.archfixture.testkit.internal;

/** The testkit's internal generators. */
public final class FixtureGenerator {}
