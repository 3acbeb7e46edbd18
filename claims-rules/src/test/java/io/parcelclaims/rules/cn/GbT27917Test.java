package io.parcelclaims.rules.cn;

import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.assertPayable;
import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.line;
import static io.parcelclaims.rules.cn.CnClaims.claim;
import static io.parcelclaims.rules.cn.CnClaims.cny;
import static io.parcelclaims.rules.cn.CnClaims.context;
import static io.parcelclaims.rules.cn.CnClaims.damage;
import static io.parcelclaims.rules.cn.CnClaims.insured;
import static io.parcelclaims.rules.cn.CnClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import org.junit.jupiter.api.Test;

/** {@link GbT27917} beyond EX-07 and EX-08 (docs/gbt-27917.md, docs/carriers.md "national baseline"). */
class GbT27917Test {

  @Test
  void insured_loss_pays_the_insured_amount_and_waives_the_fee_but_not_the_premium() {
    // GIVEN EX-01's figures: I = V = 3,000.00, F = 23.00, premium 9.00, lost
    Claim claim = claim(ClaimType.LOSS, insured(shipment("23.00"), "3000.00", "9.00").build()).build();

    // WHEN
    Assessment a = GbT27917.policy().assess(claim, context().provedValue(cny("3000.00")).build());

    // THEN 3,000.00 + 23.00
    assertPayable(
        a,
        "3023.00",
        line(LineKind.COMPENSATION, Remedy.CASH, "3000.00"),
        line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "23.00"));
  }

  @Test
  void uninsured_total_damage_is_compensated_as_loss_by_law() {
    // GIVEN EX-04's figures without a carrier cap: V = 780.00, F = 18.00, wholly destroyed
    Claim claim = damage(DamageExtent.TOTAL, shipment("18.00").build()).build();

    // WHEN
    Assessment a = GbT27917.policy().assess(claim, context().provedValue(cny("780.00")).build());

    // THEN the actual loss plus the fee waiver
    assertPayable(
        a,
        "798.00",
        line(LineKind.COMPENSATION, Remedy.CASH, "780.00"),
        line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "18.00"));
  }

  @Test
  void short_contents_as_loss_when_the_unverified_partial_damage_rule_is_switched_off() {
    // GIVEN EX-07's figures: V = 500.00, I = 300.00, L = 150.00, F = 15.00
    Claim claim = claim(ClaimType.SHORT_CONTENTS, insured(shipment("15.00"), "300.00", "3.00").build()).build();
    AssessmentContext context = context().provedValue(cny("500.00")).assessedLoss(cny("150.00")).build();

    // WHEN
    Assessment a = GbT27917.builder().shortContentsAsPartialDamage(false).build().assess(claim, context);

    // THEN the insured amount as for a loss, with the fee waived
    assertPayable(
        a,
        "315.00",
        line(LineKind.COMPENSATION, Remedy.CASH, "300.00"),
        line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "15.00"));
  }

  @Test
  void fee_waiver_on_short_contents_is_the_carriers_choice() {
    // GIVEN EX-07 with F = 15.00
    Claim claim = claim(ClaimType.SHORT_CONTENTS, insured(shipment("15.00"), "300.00", "3.00").build()).build();
    AssessmentContext context = context().provedValue(cny("500.00")).assessedLoss(cny("150.00")).build();

    // WHEN
    Assessment a = GbT27917.builder().refundFeeOnPartialLoss(true).build().assess(claim, context);

    // THEN 90.00 + 15.00
    assertPayable(
        a,
        "105.00",
        line(LineKind.COMPENSATION, Remedy.CASH, "90.00"),
        line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "15.00"));
  }

  @Test
  void refuses_a_governing_date_before_may_2012() {
    // GIVEN EX-08's delay claim governed by 2012-04-30
    Claim claim = claim(ClaimType.DELAY, shipment("15.00").build()).build();

    // WHEN / THEN
    assertThrows(IllegalArgumentException.class, () -> GbT27917.policy().assess(claim, context("2012-04-30").build()));
    assertThrows(IllegalArgumentException.class, () -> GbT27917.delay().assess(claim, context("2012-04-30").build()));
  }
}
