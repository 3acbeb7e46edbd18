package io.parcelclaims.testkit.broken;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.CompensationPolicyContract;
import java.time.LocalDate;

/** States a period from 2024 but assesses claims of any date. */
class IgnoresItsPeriodContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  /** The broken policy: it never checks the governing date. */
  static final class Policy implements CompensationPolicy {
    private final PolicyId id = PolicyId.of("broken.any-date", "1");

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
      return Explained.pays(id, claim, Explained.provedValue(claim, context), "explain.proved-value");
    }
  }
}
