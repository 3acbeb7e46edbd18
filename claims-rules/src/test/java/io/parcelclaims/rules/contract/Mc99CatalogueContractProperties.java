package io.parcelclaims.rules.contract;

import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.rules.intl.SdrLimitRevision;
import java.util.List;

/**
 * A Montreal cargo catalogue run as a policy itself (issue 13), holding the 26 SDR/kg revision of
 * 2024-12-28 alone (docs/conventions.md): it keeps that version's promises, since it runs the version in
 * force, and refuses dates before it as the version does.
 */
class Mc99CatalogueContractProperties extends ConventionContract {
  private static final SdrLimitRevision REVISION = Conventions.MONTREAL_CARGO_LIMITS.get(3);

  @Override
  SdrAmount perKg() {
    return REVISION.perKg();
  }

  @Override
  public CompensationPolicy policy() {
    return Conventions.montrealCargo(List.of(REVISION));
  }
}
