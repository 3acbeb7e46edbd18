package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.MailClass;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;

/** Postal Law Art. 47 (DOMAIN.md §3.2): insured → at most I; uninsured → at most 3 × postage, unless intent or gross negligence voids the cap. */
class PostalLawContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return PostalLaw.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap(
            "I if insured; 3 × postage, or the actual loss where intent or gross negligence voids the cap",
            (claim, context) -> {
              if (claim.shipment().isInsured()) {
                return claim.shipment().declaredValue().orElseThrow();
              }
              boolean voided = context.intentOrGrossNegligence() && claim.shipment().mailClass() != MailClass.REGISTERED_LETTER;
              return voided ? Promised.actualLoss(claim, context) : Promised.fee(claim).multipliedBy(3);
            })
        .monotone(Promised.goodsAndFee())
        .effective(EffectivePeriod.from(PostalLaw.IN_FORCE_FROM))
        .build();
  }
}
