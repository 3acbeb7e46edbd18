package io.parcelclaims.testkit.broken;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.PolicyPromises;
import java.time.LocalDate;

/** Promises 7 × the fee but pays the whole proved value. */
class PaysAboveItsCapContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap("7 × the fee", (claim, context) -> claim.shipment().shippingFee().multipliedBy(7))
        .build();
  }

  /** The broken policy: the cap it promises is never applied. */
  static final class Policy implements CompensationPolicy {
    private final PolicyId id = PolicyId.of("broken.above-cap", "1");

    @Override
    public PolicyId id() {
      return id;
    }

    @Override
    public EffectivePeriod period() {
      return EffectivePeriod.from(LocalDate.of(2024, 1, 1));
    }

    @Override
    public Assessment assess(Claim claim, AssessmentContext context) {
      Policies.requireInForce(this, context);
      return Explained.pays(id, claim, Explained.provedValue(claim, context), "explain.proved-value");
    }
  }
}
