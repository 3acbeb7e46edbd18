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
import io.parcelclaims.testkit.Monotone;
import io.parcelclaims.testkit.PolicyPromises;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Pays the assessed loss in full up to 1,000 major units, and only half of it above. */
class PaysLessForMoreLossContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder().monotone(Monotone.inAssessedLoss()).build();
  }

  /** The broken policy: a "large-loss" rule that cuts the payout instead of capping it. */
  static final class Policy implements CompensationPolicy {
    private static final BigDecimal THRESHOLD = new BigDecimal("1000");
    private final PolicyId id = PolicyId.of("broken.less-for-more", "1");

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
      Money loss = context.assessedLoss().orElse(Money.zero(claim.shipment().currency()));
      Money pays = loss.amount().compareTo(THRESHOLD) > 0 ? loss.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP) : loss;
      return Explained.pays(id, claim, pays, "explain.large-loss");
    }
  }
}
