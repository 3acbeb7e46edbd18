package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/**
 * Express parcels under civil law (docs/express-civil-code.md, docs/express-civil-code.md, docs/carriers.md): at most I if insured, else the actual
 * loss; with intent or gross negligence the greater of that and the actual loss (Art. 506).
 */
class CivilCodeExpressContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return CivilCodeExpress.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap(
            "I if insured, else the actual loss; with intent or gross negligence at most the greater of that and the actual loss (Art. 506)",
            (claim, context) -> Promised.liftedByIntent(claim, context, Promised.insuredOr(claim, Promised.actualLoss(claim, context))))
        .monotone(Promised.goodsAndFee())
        .effective(EffectivePeriod.from(CivilCodeExpress.IN_FORCE_FROM))
        .build();
  }
}
