package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/**
 * EMS international (DOMAIN.md §4 [22], §8 EX-18): documents or undeclared goods at most 400 CNY,
 * declared goods at most their declared value; plus at most the postage.
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
            "400 CNY for documents or undeclared goods, else I; plus the postage",
            (claim, context) -> {
              boolean documents = claim.shipment().contents().stream().anyMatch(i -> i.category().equals(ItemCategory.DOCUMENTS));
              Money goods = documents ? PER_ITEM : Promised.insuredOr(claim, PER_ITEM);
              return goods.plus(Promised.fee(claim));
            })
        .monotone(Promised.goodsAndFee())
        .effective(Carriers.placeholderPeriod())
        .build();
  }
}
