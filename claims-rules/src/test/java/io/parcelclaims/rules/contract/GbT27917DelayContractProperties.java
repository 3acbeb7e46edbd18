package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.GbT27917;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.Monotone;
import io.parcelclaims.testkit.PolicyPromises;

/** GB/T 27917.3's delay remedy (docs/gbt-27917.md): the service fee waived, never more. */
class GbT27917DelayContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return GbT27917.delay();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap("the service fee F", (claim, context) -> Promised.fee(claim))
        .monotone(Monotone.inShippingFee())
        .effective(EffectivePeriod.from(GbT27917.IN_FORCE_FROM))
        .build();
  }
}
