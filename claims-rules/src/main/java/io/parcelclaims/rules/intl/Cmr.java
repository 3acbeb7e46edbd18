package io.parcelclaims.rules.intl;

import static io.parcelclaims.policy.Policies.assessedLoss;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.Tariff;
import java.util.List;

/** CMR Art. 23–26 and 29: compensation for loss, damage and delay in international road carriage (docs/conventions.md). */
final class Cmr {
  private static final String P = "intl.cmr";
  private static final String LIFTED = "explain.intl.cmr.art29-no-limit";

  private Cmr() {}

  static CompensationPolicy policy(EffectivePeriod period, Condition wilful) {
    AmountRule goodsAndDelay =
        firstApplicable(
            P + ".compensation",
            when(
                ConventionParts.LOSS_OR_TOTAL_DAMAGE,
                ConventionCap.liftedWhen(P + ".total-loss-cap", provedValue(), limit(WeightBasis.GROSS), wilful, LIFTED)),
            when(
                ConventionParts.SHORT_CONTENTS,
                ConventionCap.liftedWhen(P + ".partial-loss-cap", assessedLoss(), limit(WeightBasis.AFFECTED), wilful, LIFTED)),
            when(
                ConventionParts.PARTIAL_DAMAGE,
                ConventionCap.liftedWhen(P + ".art25.damage-cap", assessedLoss(), limit(WeightBasis.DEPRECIATED), wilful, LIFTED)),
            when(
                ConventionParts.DELAY,
                ConventionCap.liftedWhen(
                    P + ".delay-cap", assessedLoss(), new InterestInDelivery(P + ".art26.interest", shippingFee()), wilful, LIFTED)));
    CompensationPolicy tariff =
        Tariff.builder(Conventions.CMR, Conventions.CMR_VERSION)
            .effective(period)
            .line(LineKind.COMPENSATION, Remedy.CASH, goodsAndDelay)
            .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, new CmrCharges(P + ".charges"))
            .build();
    return new ConventionPolicy(
        tariff,
        List.of(
            new ConventionPolicy.Exclusion(P + ".postal-item", ConventionParts.POSTAL_ITEM, "explain.intl.cmr.postal-item"),
            new ConventionPolicy.Exclusion(
                P + ".not-by-road", Policies.transportMode(TransportMode.ROAD).negate(), "explain.intl.cmr.not-by-road")),
        P + ".applies",
        "explain.intl.cmr.applies",
        (claim, carriage) -> List.of());
  }

  /**
   * 8.33 SDR per kg of the weight given; with a declared value (Art. 24) the greater of the two (a
   * declaration raises the limit, never lowers it); then a declared interest in delivery on top
   * (Art. 26).
   */
  private static AmountRule limit(WeightBasis basis) {
    AmountRule perKg = new SdrPerKgLimit(P + ".per-kg-limit", Conventions.CMR_SDR_PER_KG, basis);
    return new InterestInDelivery(
        P + ".art26.interest",
        firstApplicable(
            P + ".limit",
            when(
                ConventionParts.SPECIAL_DECLARATION,
                new DeclaredSumLimit(
                    P + ".art24.declared-value",
                    perKg,
                    "explain.intl.cmr.art24-declared-value-raises",
                    "explain.intl.cmr.art24-declared-value-cannot-lower")),
            otherwise(perKg)));
  }
}
