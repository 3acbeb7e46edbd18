package io.parcelclaims.archfixture.internal;

/** Core's internal helpers: allowed to exist, not to be used from another module. */
public final class FixtureChecks {}
