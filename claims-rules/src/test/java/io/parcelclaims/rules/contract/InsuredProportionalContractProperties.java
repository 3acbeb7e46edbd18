package io.parcelclaims.rules.contract;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.InsuredProportional;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.Monotone;
import io.parcelclaims.testkit.PolicyPromises;
import java.time.LocalDate;

/**
 * {@code L × min(I, V) / V} (docs/carriers.md): never above the insured amount nor the assessed loss.
 * Not monotone in {@code V}, which it divides by.
 */
class InsuredProportionalContractProperties implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return InsuredProportional.policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap(
            "the lesser of I and L; nothing when uninsured",
            (claim, context) -> {
              Money zero = Money.zero(claim.shipment().currency());
              return claim.shipment().declaredValue().map(i -> i.min(context.assessedLoss().orElse(zero))).orElse(zero);
            })
        .monotone(Monotone.inDeclaredValue(), Monotone.inAssessedLoss())
        .effective(EffectivePeriod.from(LocalDate.of(2015, 4, 24)))
        .build();
  }
}
