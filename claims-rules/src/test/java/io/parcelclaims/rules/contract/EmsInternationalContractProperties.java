package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/**
 * EMS international (docs/carriers.md [22] read again in 2026-12, §8 EX-18): I if insured; else 400 CNY
 * for documents or goods without a stated value; else the stated value; with intent or gross
 * negligence the greater of that and the actual loss (Civil Code Art. 506); plus at most the postage.
 */
class EmsInternationalContractProperties implements CompensationPolicyContract {
  private static final Money PER_ITEM = Money.of("CNY", "400.00");

  @Override
  public CompensationPolicy policy() {
    return Carriers.emsInternational();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .currencies("CNY")
        .cap(
            "I if insured, else 400 CNY for documents or undeclared goods, else the stated value; the greater of that and the actual loss with intent or gross negligence; plus the postage",
            (claim, context) -> {
              boolean documents = claim.shipment().contents().stream().anyMatch(i -> i.category().equals(ItemCategory.DOCUMENTS));
              Money uninsured = documents ? PER_ITEM : claim.shipment().statedValue().orElse(PER_ITEM);
              return Promised.liftedByIntent(claim, context, Promised.insuredOr(claim, uninsured)).plus(Promised.fee(claim));
            })
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
