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
import io.parcelclaims.testkit.PolicyPromises;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Pays the proved value after a trip through {@code double}, as a legacy rounding routine would. The
 * testkit's own tests may use {@code double} for this one broken policy; core and rules may not.
 */
class RoundsThroughDoubleContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder().cap("the proved value", Explained::provedValue).build();
  }

  /** The broken policy: a double cannot hold large amounts to the minor unit. */
  static final class Policy implements CompensationPolicy {
    private final PolicyId id = PolicyId.of("broken.double", "1");

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
      double legacy = value.amount().doubleValue();
      BigDecimal rounded = new BigDecimal(legacy).setScale(value.amount().scale(), RoundingMode.HALF_UP);
      return Explained.pays(id, claim, Money.of(value.currency(), rounded), "explain.proved-value");
    }
  }
}
