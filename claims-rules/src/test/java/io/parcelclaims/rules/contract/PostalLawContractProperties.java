package io.parcelclaims.rules.contract;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/**
 * Postal Law Art. 47 (docs/postal-law.md, rev. 2026-12): insured → at most I; uninsured → at most 3 ×
 * postage; with intent or gross negligence (¶3) the greater of that and the actual loss.
 */
class PostalLawContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return PostalLaw.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap(
            "I if insured, else 3 × postage; with intent or gross negligence the greater of that and the actual loss (Art. 47 ¶3)",
            (claim, context) -> Promised.liftedByIntent(claim, context, Promised.insuredOr(claim, Promised.fee(claim).multipliedBy(3))))
        .monotone(Promised.goodsAndFee())
        .effective(EffectivePeriod.from(PostalLaw.IN_FORCE_FROM))
        .build();
  }
}
