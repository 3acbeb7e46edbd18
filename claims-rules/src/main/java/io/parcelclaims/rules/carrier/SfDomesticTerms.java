package io.parcelclaims.rules.carrier;

import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.monthlyAccount;
import static io.parcelclaims.policy.Policies.onlyWhen;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.rules.cn.CarrierLiability;

/**
 * SF's domestic waybill terms: the three copies [21-A/B/C] and the terms on SF's own pages (
 * docs/carriers.md, rev. 2026-12).
 */
final class SfDomesticTerms {
  private static final String P = "carrier.sf";

  /** Copies B and C: a value above 1,000 CNY must be declared, else it is deemed at most 1,000 CNY [21-B][21-C]. */
  static final Money DEEMED_UNDECLARED_VALUE = Money.of("CNY", "1000.00");

  /** SF's own pages: the declared value is at most 20,000 CNY (docs/carriers.md, rev. 2026-12 [V]). */
  static final Money MAX_DECLARED_VALUE = Money.of("CNY", "20000.00");

  private SfDomesticTerms() {}

  /**
   * The terms as read on SF's own pages in 2026-12 [V]: 7 × freight uninsured; insured amount /
   * actual value × actual loss, the declared value at most 20,000 CNY and never above the actual
   * value; the freight waived on loss, damage or short contents. No deemed value, no salvage rule and
   * nothing on delay: the pages do not state them.
   */
  static CompensationPolicy current(EffectivePeriod period) {
    AmountRule declared =
        new OverInsuranceCap(P + ".over-insurance")
            .cappedAt(
                P + ".declared-value-limit",
                new StatedLimit(P + ".max-declared-value", "explain.carrier.max-declared-value", MAX_DECLARED_VALUE));
    AmountRule insured =
        firstApplicable(
            P + ".insured",
            when(Parts.LOSS_OR_TOTAL_DAMAGE, declared),
            when(Parts.PARTIAL_DAMAGE_OR_SHORT, declared.proportionalToLoss(P + ".loss-ratio")));
    return CarrierLiability.tariff(Carriers.SF_DOMESTIC_CURRENT, "sf-site.2026-12")
        .effective(period)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            Parts.compensation(
                P,
                insured,
                Parts.actualLoss(P + ".actual-loss").cappedAtContested(P + ".freight-cap", feeMultiple(P + ".seven-times-fee", 7))))
        .line(
            LineKind.FEE_REFUND,
            Remedy.FEE_REFUND,
            onlyWhen(P + ".fee-waiver", claimType(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS), shippingFee()))
        .build();
  }

  static CompensationPolicy copyA(EffectivePeriod period) {
    AmountRule freightCap =
        firstApplicable(
            P + ".freight-multiple",
            when(monthlyAccount(), feeMultiple(P + ".nine-times-fee", 9)),
            when(monthlyAccount().negate(), feeMultiple(P + ".seven-times-fee", 7)));
    return CarrierLiability.tariff(Carriers.SF_DOMESTIC_COPY_A, "21a.2026-11")
        .effective(period)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            Parts.compensation(
                P,
                Parts.insuredPerSection4(P),
                Parts.actualLoss(P + ".actual-loss").cappedAtContested(P + ".freight-cap", freightCap)))
        .line(
            LineKind.FEE_REFUND,
            Remedy.FEE_REFUND,
            onlyWhen(
                P + ".fee-waiver",
                claimType(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS, ClaimType.DELAY),
                shippingFee()))
        .build();
  }

  static CompensationPolicy copyB(EffectivePeriod period) {
    return CarrierLiability.tariff(Carriers.SF_DOMESTIC_COPY_B, "21b.2026-11")
        .effective(period)
        .line(LineKind.COMPENSATION, Remedy.CASH, deemedAndSevenTimes())
        .deductSalvage()
        .line(
            LineKind.FEE_REFUND,
            Remedy.FEE_REFUND,
            onlyWhen(P + ".fee-waiver", claimType(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS), shippingFee()))
        .build();
  }

  static CompensationPolicy copyC(EffectivePeriod period) {
    return CarrierLiability.tariff(Carriers.SF_DOMESTIC_COPY_C, "21c.2026-11")
        .effective(period)
        .line(LineKind.COMPENSATION, Remedy.CASH, deemedAndSevenTimes())
        .deductSalvage()
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, onlyWhen(P + ".fee-waiver", claimType(ClaimType.DELAY), shippingFee()))
        .build();
  }

  /** Copies B and C: §4 insured arithmetic; uninsured, the loss at most the deemed 1,000 CNY and 7 × freight. */
  private static AmountRule deemedAndSevenTimes() {
    AmountRule uninsured =
        Parts.actualLoss(P + ".actual-loss")
            .cappedAtContested(
                P + ".undeclared-value-cap",
                new StatedLimit(P + ".deemed-value", "explain.carrier.undeclared-value-deemed", DEEMED_UNDECLARED_VALUE))
            .cappedAtContested(P + ".freight-cap", feeMultiple(P + ".seven-times-fee", 7));
    return Parts.compensation(P, Parts.insuredPerSection4(P), uninsured);
  }
}
