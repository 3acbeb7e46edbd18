package io.parcelclaims.rules.contract;

import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.rules.intl.SdrLimitRevision;

/** Montreal 1999 cargo, the 19 SDR/kg version in force from 2009 (docs/conventions.md). */
class Mc99Cargo19ContractProperties extends ConventionContract {
  private static final SdrLimitRevision REVISION = Conventions.MONTREAL_CARGO_LIMITS.get(1);

  @Override
  SdrAmount perKg() {
    return REVISION.perKg();
  }

  @Override
  public CompensationPolicy policy() {
    return Conventions.montrealCargo().inForceOn(REVISION.inForceFrom()).orElseThrow();
  }
}
