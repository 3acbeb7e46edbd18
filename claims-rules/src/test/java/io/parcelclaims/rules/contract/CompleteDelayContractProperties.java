package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.CompleteDelay;
import io.parcelclaims.rules.cn.GbT27917;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/**
 * The complete-delay rule around SF copy B and the GB/T delay remedy, as in {@code Presets.all()}
 * (docs/claim-types.md, docs/worked-examples.md EX-09): never more than copy B would pay, which covers the fee paid meanwhile.
 */
class CompleteDelayContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return CompleteDelay.of(Carriers.sfDomesticCopyB(), GbT27917.delay());
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap("as SF copy B: I if insured, else at most 1,000 CNY and 7 × F; plus F", SfDomesticCopyBContractProperties::cap)
        .monotone(Promised.goodsAndFee())
        .build();
  }
}
