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
 * What every convention's cargo limit promises (docs/conventions.md): at most the per-kg limit on the gross
 * weight at the context's SDR rate, rounded once, or with a declared value the greater of the two
 * (Montreal, CMR: a declaration never lowers the limit) or the declared value (Warsaw); plus a
 * declared interest in delivery where the convention adds it (CMR Art. 26); plus, where the
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

  /**
   * Whether a declared value can only raise the per-kg limit (Montreal Art. 26, CMR Art. 23(6);
   * docs/conventions.md rev. 2026-12), rather than replace it.
   *
   * @return true unless overridden
   */
  boolean declarationNeverLowers() {
    return true;
  }

  /**
   * What the convention adds to the limit for a declared special interest in delivery.
   *
   * @param claim the claim
   * @return zero unless overridden
   */
  Money interest(Claim claim) {
    return Money.zero(claim.shipment().currency());
  }

  private Money cap(Claim claim, AssessmentContext context) {
    Money perKgLimit =
        perKg().multipliedBy(claim.shipment().grossWeightKg()).toMoney(context.sdrRate().orElseThrow(), RoundingMode.HALF_UP);
    Money limit =
        claim.shipment().declaredValue()
            .map(d -> declarationNeverLowers() ? d.max(perKgLimit) : d)
            .orElse(perKgLimit);
    return limit.plus(interest(claim)).plus(charges(claim));
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
