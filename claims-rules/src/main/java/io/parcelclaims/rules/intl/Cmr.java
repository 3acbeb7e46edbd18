package io.parcelclaims.rules.intl;

import static io.parcelclaims.policy.Policies.assessedLoss;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.Tariff;
import java.util.List;

/** CMR Art. 23: compensation for loss and delay in international road carriage (DOMAIN.md §5). */
final class Cmr {
  private static final String P = "intl.cmr";

  private Cmr() {}

  static CompensationPolicy policy(EffectivePeriod period) {
    AmountRule goodsAndDelay =
        firstApplicable(
            P + ".compensation",
            when(ConventionParts.LOSS_OR_TOTAL_DAMAGE, provedValue().cappedAt(P + ".total-loss-cap", limit(WeightBasis.GROSS))),
            when(ConventionParts.PARTIAL_DAMAGE_OR_SHORT, assessedLoss().cappedAt(P + ".partial-loss-cap", limit(WeightBasis.AFFECTED))),
            when(
                ConventionParts.DELAY,
                assessedLoss()
                    .cappedAt(
                        P + ".delay-cap",
                        firstApplicable(
                            P + ".delay-limit",
                            when(ConventionParts.SPECIAL_DECLARATION, insuredAmount()),
                            otherwise(shippingFee())))));
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

  /** The declared value when one was made (Art. 24), else 8.33 SDR per kg of the weight given. */
  private static AmountRule limit(WeightBasis basis) {
    return firstApplicable(
        P + ".limit",
        when(ConventionParts.SPECIAL_DECLARATION, insuredAmount()),
        otherwise(new SdrPerKgLimit(P + ".per-kg-limit", Conventions.CMR_SDR_PER_KG, basis)));
  }
}
