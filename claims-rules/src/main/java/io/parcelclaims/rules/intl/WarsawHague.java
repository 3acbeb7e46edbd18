package io.parcelclaims.rules.intl;

import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.Tariff;
import java.math.BigDecimal;
import java.util.List;

/** The Warsaw Convention 1929 / The Hague 1955 cargo limit (docs/conventions.md). */
final class WarsawHague {
  private static final String P = "intl.warsaw";

  private WarsawHague() {}

  static CompensationPolicy policy(EffectivePeriod period, WarsawCargoLimit limit) {
    AmountRule perKg =
        limit.sdrPerKg().isPresent()
            ? new SdrPerKgLimit(P + ".per-kg-limit", limit.sdrPerKg().get(), WeightBasis.GROSS)
            : new MoneyPerKgLimit(P + ".per-kg-limit", limit.moneyPerKg().orElseThrow());
    AmountRule actualLoss = ConventionParts.actualLoss(P + ".actual-loss");
    AmountRule liability =
        firstApplicable(
            P + ".liability",
            when(ConventionParts.SPECIAL_DECLARATION, actualLoss.cappedAt(P + ".declared-sum-cap", insuredAmount())),
            otherwise(actualLoss.cappedAt(P + ".weight-cap", perKg)));
    CompensationPolicy tariff =
        Tariff.builder(Conventions.WARSAW_CARGO, Conventions.WARSAW_VERSION_PREFIX + limit.code())
            .effective(period)
            .line(LineKind.COMPENSATION, Remedy.CASH, liability)
            .build();
    return new ConventionPolicy(
        tariff,
        List.of(
            new ConventionPolicy.Exclusion(P + ".postal-item", ConventionParts.POSTAL_ITEM, "explain.intl.warsaw.postal-item"),
            new ConventionPolicy.Exclusion(
                P + ".not-by-air", Policies.transportMode(TransportMode.AIR).negate(), "explain.intl.warsaw.not-by-air")),
        P + ".applies",
        "explain.intl.warsaw.applies",
        (claim, carriage) ->
            List.of(MessageArg.decimal(BigDecimal.valueOf(Conventions.WARSAW_FRANCS_PER_KG)), MessageArg.code(limit.toString())));
  }
}
