package io.parcelclaims.rules.carrier;

import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.itemCategory;
import static io.parcelclaims.policy.Policies.onlyWhen;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.rules.cn.CarrierLiability;
import java.math.BigDecimal;

/** EMS's domestic and international terms (docs/carriers.md, [22]; copies disagree). */
final class EmsTerms {
  private static final String D = "carrier.ems";
  private static final String I = "carrier.ems.intl";
  static final Money INTL_PER_ITEM = Money.of("CNY", "400.00");
  static final Money INTL_BASE = Money.of("CNY", "500.00");
  static final Money INTL_PER_KG = Money.of("CNY", "60.00");
  static final BigDecimal INTL_DELAY_SHARE = new BigDecimal("0.50");

  private EmsTerms() {}

  static CompensationPolicy domestic(EffectivePeriod period, long postageMultiple) {
    if (postageMultiple < 1) {
      throw new IllegalArgumentException("postage multiple must be 1 or more, was " + postageMultiple);
    }
    AmountRule loss = Parts.actualLoss(D + ".actual-loss");
    return CarrierLiability.tariff(Carriers.EMS_DOMESTIC, "22.2026-11")
        .effective(period)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            Parts.compensation(
                D,
                loss.cappedAt(D + ".insured-cap", insuredAmount()),
                loss.cappedAtContested(D + ".postage-cap", feeMultiple(D + ".postage-multiple", postageMultiple))))
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, onlyWhen(D + ".delay-refund", claimType(ClaimType.DELAY), shippingFee()))
        .build();
  }

  static CompensationPolicy international(EffectivePeriod period) {
    Condition documentsOrUndeclared =
        Policies.condition(
            "documents-or-undeclared-goods",
            (c, x) -> itemCategory(ItemCategory.DOCUMENTS).test(c, x) || c.shipment().statedValue().isEmpty());
    AmountRule flat =
        firstApplicable(
            I + ".per-item",
            when(Parts.LOSS_OR_TOTAL_DAMAGE, new StatedLimit(I + ".flat-per-item", "explain.carrier.flat-per-item", INTL_PER_ITEM)),
            when(
                Parts.PARTIAL_DAMAGE_OR_SHORT,
                Policies.assessedLoss()
                    .cappedAtContested(
                        I + ".per-item-cap", new StatedLimit(I + ".per-item-limit", "explain.carrier.per-item-limit", INTL_PER_ITEM))));
    AmountRule declared =
        firstApplicable(
                I + ".declared-basis",
                when(Parts.LOSS_OR_TOTAL_DAMAGE, new StatedValue(I + ".stated-value")),
                when(Parts.PARTIAL_DAMAGE_OR_SHORT, Policies.assessedLoss().cappedAt(I + ".stated-value-cap", new StatedValue(I + ".stated-value"))))
            .cappedAtContested(I + ".weight-cap", WeightLimit.basePlusPerStartedKg(I + ".weight-limit", INTL_BASE, INTL_PER_KG));
    return CarrierLiability.tariff(Carriers.EMS_INTERNATIONAL, "22.2026-12")
        .effective(period)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            onlyWhen(
                I + ".compensation",
                Parts.GOODS_AFFECTED,
                firstApplicable(
                    I + ".cover",
                    when(Policies.insured(), Parts.insuredPerSection4(I)),
                    when(documentsOrUndeclared, flat),
                    Policies.otherwise(declared))))
        .line(
            LineKind.FEE_REFUND,
            Remedy.FEE_REFUND,
            firstApplicable(
                I + ".postage-refund",
                when(claimType(ClaimType.LOSS, ClaimType.DAMAGE), shippingFee()),
                when(claimType(ClaimType.DELAY), shippingFee().times(I + ".half-postage", INTL_DELAY_SHARE))))
        .build();
  }
}
