package io.parcelclaims.archfixture.claim;

/** Allowed: a claim noun that imports nothing. */
public final class FixtureClaim {}
