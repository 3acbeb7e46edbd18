package io.parcelclaims.archfixture.policy;

/** Allowed: a policy id that imports nothing. */
public final class FixturePolicyId {}
