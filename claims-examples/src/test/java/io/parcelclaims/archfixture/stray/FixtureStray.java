package io.parcelclaims.archfixture.stray;

import io.parcelclaims.archfixture.money.FixtureMoney;

/** WRONG: a package that the arrow table does not list, whatever it imports. */
public final class FixtureStray {
  /** An import that no row allows, since the package has no row. */
  public FixtureMoney money;
}
