package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** SF domestic, copy B (docs/carriers.md [21-B], §8 EX-04): I if insured, else at most 1,000 CNY and 7 × F; plus F. */
class SfDomesticCopyBContractProperties implements CompensationPolicyContract {
  private static final Money DEEMED_VALUE = Money.of("CNY", "1000.00");

  @Override
  public CompensationPolicy policy() {
    return Carriers.sfDomesticCopyB();
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

  /**
   * Copies B and C: the goods at most I, or the deemed 1,000 CNY and 7 × F (with intent or gross
   * negligence the greater of that and the actual loss, Civil Code Art. 506); plus the fee.
   */
  static Money cap(Claim claim, AssessmentContext context) {
    return Promised.liftedByIntent(claim, context, Promised.insuredOr(claim, DEEMED_VALUE.min(Promised.fee(claim).multipliedBy(7))))
        .plus(Promised.fee(claim));
  }
}
