package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.intl.Conventions;

/**
 * CMR Art. 23–26 (docs/conventions.md): 8.33 SDR/kg of gross weight short (the greater of it and a declared
 * value), plus a declared interest in delivery, plus the carriage charges at most. The contexts never
 * record wilful misconduct (Art. 29 lifts the limit; CmrTest covers it).
 */
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
  Money interest(Claim claim) {
    return claim.shipment().declaredInterestInDelivery().orElseGet(() -> Money.zero(claim.shipment().currency()));
  }

  @Override
  public CompensationPolicy policy() {
    return Conventions.cmr();
  }
}
