package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.intl.Conventions;

/** CMR Art. 23 (DOMAIN.md §5): 8.33 SDR/kg of gross weight short, plus the carriage charges at most. */
class CmrContractProperties extends ConventionContract {

  @Override
  SdrAmount perKg() {
    return Conventions.CMR_SDR_PER_KG;
  }

  @Override
  Money charges(Claim claim) {
    return claim.shipment().shippingFee();
  }

  @Override
  public CompensationPolicy policy() {
    return Conventions.cmr();
  }
}
