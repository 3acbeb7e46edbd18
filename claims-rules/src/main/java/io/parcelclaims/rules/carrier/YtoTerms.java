package io.parcelclaims.rules.carrier;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.CarrierLiability;

/** YTO's terms from a single weak secondary source (docs/carriers.md, [24]). */
final class YtoTerms {
  private static final String P = "carrier.yto";
  static final Money PER_TICKET = Money.of("CNY", "300.00");

  private YtoTerms() {}

  static CompensationPolicy of(EffectivePeriod period) {
    return CarrierLiability.tariff(Carriers.YTO, "24.2026-11")
        .effective(period)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            Parts.compensation(
                P,
                Parts.insuredPerSection4(P),
                Parts.actualLoss(P + ".actual-loss")
                    .cappedAtContested(P + ".per-ticket-cap", new StatedLimit(P + ".per-ticket", "explain.carrier.per-ticket-limit", PER_TICKET))))
        .build();
  }
}
