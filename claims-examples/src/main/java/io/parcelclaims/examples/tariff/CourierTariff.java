package io.parcelclaims.examples.tariff;

import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.minOf;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Tariff;
import java.time.LocalDate;

/** A carrier's own tariff, written as a policy author would: parts from the SDK plus one rule class. */
public final class CourierTariff {
  private CourierTariff() {}

  /**
   * Insured parcels pay the lesser of declared and proved value; uninsured ones the proved value up
   * to 20 CNY per kg (a contested standard term); the fee is waived either way.
   *
   * @return the policy
   */
  public static CompensationPolicy policy() {
    return Tariff.builder("acme.domestic", "2025.1")
        .effective(EffectivePeriod.from(LocalDate.of(2025, 1, 1)))
        .line(LineKind.COMPENSATION, Remedy.CASH, firstApplicable("acme.compensation",
            when(insured(), minOf("acme.insured-loss", insuredAmount(), provedValue())),
            otherwise(provedValue().cappedAtContested("acme.weight-cap",
                new PerKilogramLimit("acme.per-kg", Money.of("CNY", "20.00"))))))
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, shippingFee())
        .build();
  }
}
