package io.parcelclaims.rules.contract;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** YTO (docs/carriers.md [24]): I if insured, else at most 300 CNY per waybill. */
class YtoContractProperties implements CompensationPolicyContract {
  private static final Money PER_TICKET = Money.of("CNY", "300.00");

  @Override
  public CompensationPolicy policy() {
    return Carriers.yto();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap(
            "I if insured, else 300 CNY; the greater of that and the actual loss with intent or gross negligence",
            (claim, context) -> Promised.liftedByIntent(claim, context, Promised.insuredOr(claim, PER_TICKET)))
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
