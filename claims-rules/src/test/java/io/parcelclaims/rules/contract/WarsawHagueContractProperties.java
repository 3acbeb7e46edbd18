package io.parcelclaims.rules.contract;

import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.intl.Conventions;

/** Warsaw 1929 / Hague 1955 cargo with its default limit, 17 SDR/kg (MAP4, docs/conventions.md). */
class WarsawHagueContractProperties extends ConventionContract {

  @Override
  SdrAmount perKg() {
    return Conventions.WARSAW_MAP4_SDR_17.sdrPerKg().orElseThrow();
  }

  @Override
  boolean declarationNeverLowers() {
    return false;
  }

  @Override
  public CompensationPolicy policy() {
    return Conventions.warsawHague();
  }
}
