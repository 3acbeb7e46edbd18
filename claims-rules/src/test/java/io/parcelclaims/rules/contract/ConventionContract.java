package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.ClaimArbitraries;
import io.parcelclaims.testkit.CompensationPolicyContract;
import io.parcelclaims.testkit.ContextArbitrary;
import io.parcelclaims.testkit.Monotone;
import io.parcelclaims.testkit.PolicyPromises;
import java.math.RoundingMode;

/**
 * What every convention's cargo limit promises (DOMAIN.md §5): at most the declared value, or else
 * the per-kg limit on the gross weight at the context's SDR rate, rounded once; plus, where the
 * convention refunds them, the charges. More proved value or assessed loss never pays less. Contexts
 * always carry an SDR rate, since the rate is the carrier's input and not the claimant's evidence.
 */
abstract class ConventionContract implements CompensationPolicyContract {

  /** {@return the limit per kg of gross weight} */
  abstract SdrAmount perKg();

  /**
   * What the convention pays on top of the capped compensation.
   *
   * @param claim the claim
   * @return zero unless overridden
   */
  Money charges(Claim claim) {
    return Money.zero(claim.shipment().currency());
  }

  private Money cap(Claim claim, AssessmentContext context) {
    Money limit =
        claim.shipment().declaredValue()
            .orElseGet(() -> perKg().multipliedBy(claim.shipment().grossWeightKg())
                .toMoney(context.sdrRate().orElseThrow(), RoundingMode.HALF_UP));
    return limit.plus(charges(claim));
  }

  @Override
  public PolicyPromises promises() {
    return PolicyPromises.builder()
        .cap("the declared value, else " + perKg() + " per kg of gross weight; plus charges refunded", this::cap)
        .monotone(Monotone.inProvedValue().forLossOrTotalDamage(), Monotone.inAssessedLoss())
        .effective(policy().period())
        .build();
  }

  @Override
  public ContextArbitrary contexts() {
    return ClaimArbitraries.contexts().withSdrRate();
  }
}
