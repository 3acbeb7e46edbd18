package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.assertPayable;
import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.line;
import static io.parcelclaims.rules.cn.CnClaims.claim;
import static io.parcelclaims.rules.cn.CnClaims.cny;
import static io.parcelclaims.rules.cn.CnClaims.context;
import static io.parcelclaims.rules.cn.CnClaims.damage;
import static io.parcelclaims.rules.cn.CnClaims.insured;
import static io.parcelclaims.rules.cn.CnClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Tariff;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link CivilCodeExpress}: actual loss, the contested freight cap, Art. 832 defences, Art. 506 (docs/express-civil-code.md, docs/carriers.md). */
class CivilCodeExpressTest {

  @Test
  void uninsured_loss_pays_the_proved_value() {
    // GIVEN EX-04's parcel without a carrier cap: V = 780.00
    Claim claim = claim(ClaimType.LOSS, shipment("18.00").build()).build();

    // WHEN
    Assessment a = CivilCodeExpress.policy().assess(claim, context().provedValue(cny("780.00")).build());

    // THEN
    assertPayable(a, "780.00", line(LineKind.COMPENSATION, Remedy.CASH, "780.00"));
  }

  @Test
  void a_freight_multiple_cap_is_contested_and_the_uncapped_alternative_shown() {
    // GIVEN EX-04: F = 18.00, V = 780.00, a 7 × freight cap, no proven notice
    CompensationPolicy sevenTimes =
        Tariff.builder("test.seven-times-freight", "ex04")
            .effective(EffectivePeriod.from(LocalDate.of(2021, 1, 1)))
            .line(
                LineKind.COMPENSATION,
                Remedy.CASH,
                CivilCodeExpress.cappedAtFreightMultiple(CivilCodeExpress.actualLoss(), "test.seven-times-freight.cap", 7))
            .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, shippingFee())
            .build();
    Claim claim = claim(ClaimType.LOSS, shipment("18.00").build()).build();

    // WHEN
    Assessment a = sevenTimes.assess(claim, context().provedValue(cny("780.00")).build());

    // THEN 126.00 + 18.00 = 144.00, or 780.00 + 18.00 = 798.00 if a court sets the cap aside
    assertPayable(
        a,
        "144.00",
        line(LineKind.COMPENSATION, Remedy.CASH, "126.00"),
        line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "18.00"));
    assertEquals(cny("798.00"), a.alternative().orElseThrow().total());
  }

  @Test
  void partial_damage_pays_the_assessed_loss() {
    // GIVEN EX-02's repair quote L = 1,500.00 on an uninsured parcel
    Claim claim = damage(DamageExtent.PARTIAL, shipment("20.00").build()).build();

    // WHEN
    Assessment a = CivilCodeExpress.policy().assess(claim, context().assessedLoss(cny("1500.00")).build());

    // THEN
    assertPayable(a, "1500.00", line(LineKind.COMPENSATION, Remedy.CASH, "1500.00"));
  }

  @Test
  void force_majeure_denies_even_an_insured_express_parcel() {
    // GIVEN EX-01's insured parcel lost by force majeure
    Claim claim = claim(ClaimType.LOSS, insured(shipment("23.00"), "3000.00", "9.00").build()).build();

    // WHEN
    Assessment a =
        CivilCodeExpress.policy()
            .assess(claim, context().provedValue(cny("3000.00")).addDefences(DenialReason.FORCE_MAJEURE).build());

    // THEN Art. 832 has no exception for insured parcels
    PostalLawTest.assertDenied(a, DenialReason.FORCE_MAJEURE, "cn.civil-code.art832.force-majeure@2021");
  }

  @Test
  void the_consignees_fault_denies_the_claim_apart_from_the_shippers() {
    // GIVEN EX-04's parcel lost through the consignee's fault, found by the investigation
    Claim claim = claim(ClaimType.LOSS, shipment("18.00").build()).build();

    // WHEN
    Assessment a =
        CivilCodeExpress.policy()
            .assess(claim, context().provedValue(cny("780.00")).rootCause(io.parcelclaims.claim.RootCause.RECIPIENT_FAULT).build());

    // THEN Art. 832 "收货人的过错"
    PostalLawTest.assertDenied(a, DenialReason.RECIPIENT_FAULT, "cn.civil-code.art832.recipient-fault@2021");
  }

  @Test
  void gross_negligence_lifts_the_insured_amount_limit_under_art_506() {
    // GIVEN EX-21 (c)'s figures on an express parcel: insured for 1,000.00, V = 3,000.00, lost by
    // gross negligence
    Claim claim = claim(ClaimType.LOSS, insured(shipment("23.00"), "1000.00", "3.00").build()).build();

    // WHEN
    Assessment a =
        CivilCodeExpress.policy().assess(claim, context().provedValue(cny("3000.00")).intentOrGrossNegligence(true).build());

    // THEN Art. 506 (rev. 2026-12): the greater of the tariff amount 1,000.00 and the actual loss
    assertPayable(a, "3000.00", line(LineKind.COMPENSATION, Remedy.CASH, "3000.00"));
    assertEquals(CarrierLiability.ART_506, a.steps().get(1).rule().id());
  }

  @Test
  void without_intent_or_gross_negligence_the_insured_amount_stays_the_limit() {
    // GIVEN the same parcel, lost without intent or gross negligence
    Claim claim = claim(ClaimType.LOSS, insured(shipment("23.00"), "1000.00", "3.00").build()).build();

    // WHEN
    Assessment a = CivilCodeExpress.policy().assess(claim, context().provedValue(cny("3000.00")).build());

    // THEN
    assertPayable(a, "1000.00", line(LineKind.COMPENSATION, Remedy.CASH, "1000.00"));
  }

  @Test
  void refuses_a_governing_date_before_the_civil_code() {
    // GIVEN a claim governed by 2020-12-31
    Claim claim = claim(ClaimType.LOSS, shipment("18.00").build()).build();

    // WHEN / THEN
    assertThrows(
        IllegalArgumentException.class, () -> CivilCodeExpress.policy().assess(claim, context("2020-12-31").build()));
  }
}
