package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** EMS domestic (docs/carriers.md [22]): the actual loss at most I, or 3 × postage uninsured; plus the postage on delay. */
class EmsDomesticContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return Carriers.emsDomestic();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap(
            "I if insured, else 3 × postage (the greater of that and the actual loss with intent or gross negligence); plus the postage",
            (claim, context) ->
                Promised.liftedByIntent(
                        claim, context, Promised.insuredOr(claim, Promised.fee(claim).multipliedBy(Carriers.EMS_DOMESTIC_POSTAGE_MULTIPLE)))
                    .plus(Promised.fee(claim)))
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
