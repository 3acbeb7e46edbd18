package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** SF domestic, copy A (docs/carriers.md [21-A]): I if insured, else 9 × F on a monthly account and 7 × F otherwise; plus F. */
class SfDomesticCopyAContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return Carriers.sfDomesticCopyA();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap(
            "I if insured, else 9 × F (monthly account) or 7 × F (the greater of that and the actual loss with intent or gross negligence); plus F",
            (claim, context) ->
                Promised.liftedByIntent(
                        claim, context, Promised.insuredOr(claim, Promised.fee(claim).multipliedBy(claim.shipment().monthlyAccount() ? 9 : 7)))
                    .plus(Promised.fee(claim)))
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
