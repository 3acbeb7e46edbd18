package io.parcelclaims.rules.contract;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/**
 * SF domestic as read on SF's own pages (docs/carriers.md, rev. 2026-12): at most I and 20,000 CNY if
 * insured, else 7 × F; with intent or gross negligence the greater of that and the actual loss
 * (Civil Code Art. 506); plus F.
 */
class SfDomesticCurrentContractProperties implements CompensationPolicyContract {
  private static final Money MAX_DECLARED = Money.of("CNY", "20000.00");

  @Override
  public CompensationPolicy policy() {
    return Carriers.sfDomesticCurrent();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap(
            "min(I, 20,000 CNY) if insured, else 7 × F; the greater of that and the actual loss with intent or gross negligence; plus F",
            (claim, context) -> {
              Money goods =
                  claim.shipment().declaredValue().map(MAX_DECLARED::min).orElse(Promised.fee(claim).multipliedBy(7));
              return Promised.liftedByIntent(claim, context, goods).plus(Promised.fee(claim));
            })
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
