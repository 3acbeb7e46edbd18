package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** SF domestic, copy C (docs/carriers.md [21-C], §8 EX-05): as copy B for the goods; the fee only on delay. */
class SfDomesticCopyCContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return Carriers.sfDomesticCopyC();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap("I if insured, else at most 1,000 CNY and 7 × F; plus F", SfDomesticCopyBContractProperties::cap)
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
