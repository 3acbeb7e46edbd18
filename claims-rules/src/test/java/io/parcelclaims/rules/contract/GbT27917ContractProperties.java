package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.GbT27917;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** GB/T 27917.3 (docs/gbt-27917.md): the goods at most I or the actual loss, plus the fee on loss and delay. */
class GbT27917ContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return GbT27917.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap(
            "I if insured, else the actual loss (the greater of the two with intent or gross negligence, Civil Code Art. 506); plus F on loss, total damage and delay",
            (claim, context) -> {
              Money goods = Promised.liftedByIntent(claim, context, Promised.insuredOr(claim, Promised.actualLoss(claim, context)));
              boolean feeWaived = Promised.lossOrTotalDamage(claim) || claim.type() == ClaimType.DELAY;
              return feeWaived ? goods.plus(Promised.fee(claim)) : goods;
            })
        .monotone(Promised.goodsAndFee())
        .effective(EffectivePeriod.from(GbT27917.IN_FORCE_FROM))
        .build();
  }
}
