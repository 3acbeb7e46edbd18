package io.parcelclaims.testkit.broken;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.CompensationPolicyContract;
import java.time.LocalDate;

/** Adds one minor unit of goodwill to every second claim it assesses, counted in a field. */
class HiddenMutableFieldContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  /** The broken policy: its answer depends on how many claims it saw before. */
  static final class Policy implements CompensationPolicy {
    private final PolicyId id = PolicyId.of("broken.stateful", "1");
    private long assessed;

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
      Money value = Explained.provedValue(claim, context);
      Money goodwill = Money.ofMinor(value.currency(), assessed++ % 2);
      return Explained.pays(id, claim, value.plus(goodwill), "explain.proved-value-with-goodwill");
    }
  }
}
