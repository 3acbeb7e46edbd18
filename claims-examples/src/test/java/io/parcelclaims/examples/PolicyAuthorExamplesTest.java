package io.parcelclaims.examples;

import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.minOf;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.examples.tariff.CourierTariff;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Tariff;
import io.parcelclaims.testkit.Examples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's policy author's section, run: EX-04, EX-07 (docs/worked-examples.md) and a custom tariff. */
class PolicyAuthorExamplesTest {

  @Test
  void ex04_uninsured_loss_capped_at_seven_times_freight_with_its_contested_alternative() {
    // README: EX-04
    CompensationPolicy sfB = Tariff.builder("sf.domestic.copy-b", "readme")
        .effective(EffectivePeriod.from(LocalDate.of(2024, 1, 1)))
        .line(LineKind.COMPENSATION, Remedy.CASH, firstApplicable("sf-b.compensation",
            when(insured(), minOf("sf-b.insured-loss", insuredAmount(), provedValue())),
            otherwise(provedValue().cappedAtContested("sf-b.cap", feeMultiple("sf-b.fee-x7", 7)))))
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, shippingFee())
        .build();
    Assessment a = sfB.assess(loss(shipment("18.00").build()), context().provedValue(Money.of("CNY", "780.00")).build());
    // a.total() is CNY 144.00; a.alternative().get().total() is CNY 798.00
    // end README

    assertEquals(Money.of("CNY", "144.00"), a.total());
    assertEquals(Money.of("CNY", "798.00"), a.alternative().orElseThrow().total());
  }

  @Test
  void ex07_short_contents_pay_the_insured_amount_in_proportion_to_the_loss() {
    // README: EX-07
    CompensationPolicy gbt = Tariff.builder("gbt-27917.3.partial", "readme")
        .effective(EffectivePeriod.from(LocalDate.of(2012, 5, 1)))
        .line(LineKind.COMPENSATION, Remedy.CASH, insuredAmount().proportionalToLoss("gbt.loss-share"))
        .build();
    Shipment insured = shipment("15.00")
        .declaredValue(Money.of("CNY", "300.00")).insurancePremium(Money.of("CNY", "3.00")).build();
    AssessmentContext ctx = context()
        .provedValue(Money.of("CNY", "500.00")).assessedLoss(Money.of("CNY", "150.00")).build();
    Assessment a = gbt.assess(claim(insured, ClaimType.SHORT_CONTENTS, null), ctx);
    // a.total() is CNY 90.00: 150.00 / 500.00 = 0.3 of the insured 300.00
    // end README

    assertEquals(Money.of("CNY", "90.00"), a.total());
  }

  @Test
  void a_custom_tariff_with_a_custom_rule_class_caps_by_weight() {
    Assessment a = CourierTariff.policy()
        .assess(loss(shipment("30.00").build()), context().provedValue(Money.of("CNY", "780.00")).build());

    // 2.5 kg × 20.00 = 50.00, plus the 30.00 fee; without the cap 780.00 + 30.00
    assertEquals(Money.of("CNY", "80.00"), a.total());
    assertEquals(Money.of("CNY", "810.00"), a.alternative().orElseThrow().total());
  }

  @Test
  void ex02_style_damage_claims_need_the_extent() {
    Claim damaged = claim(shipment("15.00").build(), ClaimType.DAMAGE, DamageExtent.PARTIAL);

    assertEquals(DamageExtent.PARTIAL, damaged.damageExtent().orElseThrow());
  }

  /** The testkit's example context, governed by the acceptance date 2025-05-10. */
  private static AssessmentContext.Builder context() {
    return Examples.context(LocalDate.of(2025, 5, 10));
  }

  /** The testkit's example shipment, accepted 2025-05-10 at 10:00 in Shanghai, chargeable 3 kg. */
  private static Shipment.Builder shipment(String fee) {
    return Examples.shipment()
        .acceptedAt(Instant.parse("2025-05-10T02:00:00Z"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(Money.of("CNY", fee));
  }

  private static Claim loss(Shipment shipment) {
    return claim(shipment, ClaimType.LOSS, null);
  }

  /** The testkit's example claim, reported 2025-05-15 at 16:30 in Shanghai, claiming CNY 780.00. */
  private static Claim claim(Shipment shipment, ClaimType type, DamageExtent extent) {
    Claim.Builder b = Examples.claim(type, shipment)
        .reportedAt(Instant.parse("2025-05-15T08:30:00Z"))
        .description("see photos")
        .amountClaimed(Money.of("CNY", "780.00"));
    if (extent != null) {
      b.damageExtent(extent);
    }
    return b.build();
  }
}
