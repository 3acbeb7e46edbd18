package io.parcelclaims.testkit;

import io.parcelclaims.policy.CompensationPolicy;

/** The contract passes a policy that keeps its promises, in every testkit currency. */
class HonestTariffProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return HonestTariff.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap(
            "the declared value if insured, else 7 × the fee; plus the fee",
            (claim, context) ->
                claim.shipment()
                    .declaredValue()
                    .orElse(claim.shipment().shippingFee().multipliedBy(7))
                    .plus(claim.shipment().shippingFee()))
        .monotone(Monotone.inDeclaredValue(), Monotone.inProvedValue(), Monotone.inShippingFee())
        .effective(HonestTariff.PERIOD)
        .build();
  }
}
