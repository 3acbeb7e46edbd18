package io.parcelclaims.examples;

import io.parcelclaims.examples.tariff.CourierTariff;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.Monotone;
import io.parcelclaims.testkit.PolicyPromises;
import java.math.RoundingMode;

// README: testing a payout rule
class CourierTariffProperties implements CompensationPolicyContract {
  @Override
  public CompensationPolicy policy() {
    return CourierTariff.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap("the declared value, or 20 CNY per kg; plus the fee", (claim, context) -> claim.shipment().declaredValue()
            .orElse(Money.of("CNY", "20.00").multipliedBy(claim.shipment().grossWeightKg(), RoundingMode.HALF_UP))
            .plus(claim.shipment().shippingFee()))
        .monotone(Monotone.inDeclaredValue(), Monotone.inProvedValue(), Monotone.inShippingFee())
        .build();
  }
}
// end README
