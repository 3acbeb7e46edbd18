package io.parcelclaims.testkit;

import static io.parcelclaims.policy.Policies.defence;
import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.minOf;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Tariff;
import java.time.LocalDate;

/** A tariff that keeps every promise: the testkit's own proof that the contract passes good policies. */
final class HonestTariff {
  static final EffectivePeriod PERIOD = EffectivePeriod.between(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1));

  private HonestTariff() {}

  /** Insured: the lesser of declared and proved value; uninsured: the proved value, at most 7 × fee; less salvage; plus the fee. */
  static CompensationPolicy policy() {
    return Tariff.builder("testkit.honest", "1")
        .effective(PERIOD)
        .denyWhen("testkit.honest.force-majeure", defence(DenialReason.FORCE_MAJEURE), DenialReason.FORCE_MAJEURE)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            firstApplicable(
                "testkit.honest.compensation",
                when(insured(), minOf("testkit.honest.insured", insuredAmount(), provedValue())),
                otherwise(provedValue().cappedAtContested("testkit.honest.cap", feeMultiple("testkit.honest.seven-times-fee", 7)))))
        .deductSalvage()
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, shippingFee())
        .build();
  }
}
