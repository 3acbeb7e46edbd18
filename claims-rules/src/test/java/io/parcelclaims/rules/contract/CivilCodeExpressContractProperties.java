package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** Express parcels under civil law (DOMAIN.md §3.3, §4): at most I if insured, else the actual loss. */
class CivilCodeExpressContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return CivilCodeExpress.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap("I if insured, else the actual loss", (claim, context) -> Promised.insuredOr(claim, Promised.actualLoss(claim, context)))
        .monotone(Promised.goodsAndFee())
        .effective(EffectivePeriod.from(CivilCodeExpress.IN_FORCE_FROM))
        .build();
  }
}
