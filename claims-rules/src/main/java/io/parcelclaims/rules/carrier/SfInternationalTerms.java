package io.parcelclaims.rules.carrier;

import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.minOf;
import static io.parcelclaims.policy.Policies.transportMode;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.CarrierLiability;

/** SF's international terms where no convention applies (docs/carriers.md, [21-C][21-E]); amounts in USD. */
final class SfInternationalTerms {
  private static final String P = "carrier.sf.intl";
  static final Money PER_PACKAGE = Money.of("USD", "100.00");
  static final Money AIR_PER_KG = Money.of("USD", "20.00");
  static final Money ROAD_PER_KG = Money.of("USD", "10.00");

  private SfInternationalTerms() {}

  static CompensationPolicy of(EffectivePeriod period) {
    AmountRule limit =
        firstApplicable(
            P + ".limit-by-mode",
            when(transportMode(TransportMode.AIR), minOf(P + ".lowest-limit", perPackage(), WeightLimit.perKg(P + ".air-per-kg", AIR_PER_KG))),
            when(transportMode(TransportMode.ROAD), minOf(P + ".lowest-limit", perPackage(), WeightLimit.perKg(P + ".road-per-kg", ROAD_PER_KG))),
            when(transportMode(TransportMode.RAIL, TransportMode.SEA, TransportMode.MULTIMODAL), perPackage()));
    return CarrierLiability.tariff(Carriers.SF_INTERNATIONAL, "21c-e.2026-11")
        .effective(period)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            Parts.compensation(
                P, Parts.insuredPerSection4(P), Parts.actualLoss(P + ".actual-loss").cappedAtContested(P + ".limit", limit)))
        .build();
  }

  private static AmountRule perPackage() {
    return new StatedLimit(P + ".per-package", "explain.carrier.per-package-limit", PER_PACKAGE);
  }
}
