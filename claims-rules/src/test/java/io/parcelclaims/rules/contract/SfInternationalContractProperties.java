package io.parcelclaims.rules.contract;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** SF international (docs/carriers.md [21-C][21-E], §8 EX-17), in USD: I if insured, else at most USD 100. */
class SfInternationalContractProperties implements CompensationPolicyContract {
  private static final Money PER_PACKAGE = Money.of("USD", "100.00");

  @Override
  public CompensationPolicy policy() {
    return Carriers.sfInternational();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("USD")
        .cap(
            "I if insured, else USD 100; the greater of that and the actual loss with intent or gross negligence",
            (claim, context) -> Promised.liftedByIntent(claim, context, Promised.insuredOr(claim, PER_PACKAGE)))
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
