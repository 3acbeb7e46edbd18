package io.parcelclaims.rules.carrier;

import static io.parcelclaims.rules.carrier.CarrierClaims.claim;
import static io.parcelclaims.rules.carrier.CarrierClaims.cny;
import static io.parcelclaims.rules.carrier.CarrierClaims.context;
import static io.parcelclaims.rules.carrier.CarrierClaims.damage;
import static io.parcelclaims.rules.carrier.CarrierClaims.domestic;
import static io.parcelclaims.rules.carrier.CarrierClaims.international;
import static io.parcelclaims.rules.carrier.CarrierClaims.item;
import static io.parcelclaims.rules.carrier.CarrierClaims.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.rules.Golden;
import io.parcelclaims.rules.cn.CarrierLiability;
import io.parcelclaims.rules.cn.CnMessages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/worked-examples.md that the carrier presets decide: EX-01 (SF-B insured total
 * loss), EX-03 (SF-B over-insured loss), EX-04 (SF-B uninsured loss at 7 × freight, with the
 * contested-cap alternative), EX-05 (SF-C undeclared value deemed 1,000), EX-07 (the SF-B uninsured
 * short-contents variant), EX-17 (a) and (b) (SF international) and EX-18 (EMS international,
 * declared goods), EX-23 (SF-B and the Art. 832 defence found by the investigation) and EX-24
 * (SF-B's cap against gross negligence, Art. 506). Each asserts the outcome, every line, the total, the chosen rule ids and the
 * rendered explanation (golden files {@code ex-*} in both locales).
 */
class CarrierWorkedExamplesTest {
  private static final ExplanationRenderer RENDERER = ExplanationRenderer.of(CarrierMessages.SOURCE, CnMessages.SOURCE);

  @Test
  void ex_01_sf_b_insured_total_loss_pays_the_insured_amount_and_waives_the_freight_not_the_premium() {
    // GIVEN domestic inter-city, lost; I = 3,000.00, premium 9.00, V = 3,000.00, F = 23.00
    Claim claim =
        claim(ClaimType.LOSS, domestic("CNY", "23.00").declaredValue(cny("3000.00")).insurancePremium(cny("9.00")));

    // WHEN
    Assessment a = Carriers.sfDomesticCopyB().assess(claim, context().provedValue(cny("3000.00")).build());

    // THEN min(3,000.00, 3,000.00) = 3,000.00 + fee refund 23.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(
            line(LineKind.COMPENSATION, Remedy.CASH, cny("3000.00")),
            line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("23.00"))),
        a.lines());
    assertEquals(cny("3023.00"), a.total());
    assertEquals(
        List.of(
            "carrier.sf.domestic.copy-b@21b.2026-11",
            "carrier.sf.compensation@21b.2026-11",
            "carrier.sf.cover@21b.2026-11",
            "carrier.sf.insured@21b.2026-11",
            "carrier.sf.over-insurance@21b.2026-11",
            "value.insured@21b.2026-11",
            "value.proved@21b.2026-11",
            "deduct.salvage@21b.2026-11",
            "carrier.sf.fee-waiver@21b.2026-11",
            "value.shipping-fee@21b.2026-11"),
        a.ruleIds());
    assertTrue(a.alternative().isEmpty());
    Golden.assertMatches("ex-01", a, RENDERER);
  }

  @Test
  void ex_03_sf_b_over_insured_loss_pays_the_actual_value() {
    // GIVEN I = 8,000.00, proved V = 5,000.00, lost. EX-03 names no freight and no premium: both
    // 0.00 here, so the fee-refund line is zero and left out and the total is the example's.
    Claim claim =
        claim(ClaimType.LOSS, domestic("CNY", "0.00").declaredValue(cny("8000.00")).insurancePremium(cny("0.00")));

    // WHEN
    Assessment a = Carriers.sfDomesticCopyB().assess(claim, context().provedValue(cny("5000.00")).build());

    // THEN min(8,000.00, 5,000.00) = 5,000.00, with the over-insurance step
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(line(LineKind.COMPENSATION, Remedy.CASH, cny("5000.00"))), a.lines());
    assertEquals(cny("5000.00"), a.total());
    assertEquals(
        List.of(
            "carrier.sf.domestic.copy-b@21b.2026-11",
            "carrier.sf.compensation@21b.2026-11",
            "carrier.sf.cover@21b.2026-11",
            "carrier.sf.insured@21b.2026-11",
            "carrier.sf.over-insurance@21b.2026-11",
            "value.insured@21b.2026-11",
            "value.proved@21b.2026-11",
            "deduct.salvage@21b.2026-11",
            "carrier.sf.fee-waiver@21b.2026-11",
            "value.shipping-fee@21b.2026-11"),
        a.ruleIds());
    assertTrue(
        a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.carrier.over-insurance-capped")),
        "explanation step: over-insurance capped at actual value");
    Golden.assertMatches("ex-03", a, RENDERER);
  }

  @Test
  void ex_04_sf_b_uninsured_loss_is_capped_at_seven_times_freight_with_the_uncapped_alternative() {
    // GIVEN uninsured; F = 18.00; proved V = 780.00; lost; notice of the cap not proved
    Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

    // WHEN
    Assessment a = Carriers.sfDomesticCopyB().assess(claim, context().provedValue(cny("780.00")).build());

    // THEN min(780.00, 7 × 18.00 = 126.00) = 126.00 + freight waiver 18.00 = 144.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(
            line(LineKind.COMPENSATION, Remedy.CASH, cny("126.00")),
            line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00"))),
        a.lines());
    assertEquals(cny("144.00"), a.total());
    assertEquals(
        List.of(
            "carrier.sf.domestic.copy-b@21b.2026-11",
            "carrier.sf.compensation@21b.2026-11",
            "carrier.sf.cover@21b.2026-11",
            "carrier.sf.freight-cap@21b.2026-11",
            "carrier.sf.undeclared-value-cap@21b.2026-11",
            "carrier.sf.actual-loss@21b.2026-11",
            "value.proved@21b.2026-11",
            "carrier.sf.deemed-value@21b.2026-11",
            "carrier.sf.seven-times-fee@21b.2026-11",
            "deduct.salvage@21b.2026-11",
            "carrier.sf.fee-waiver@21b.2026-11",
            "value.shipping-fee@21b.2026-11"),
        a.ruleIds());
    // AND the cap set aside (Civil Code 496, SPC Art. 10): 780.00 + 18.00 = 798.00
    Alternative alt = a.alternative().orElseThrow();
    assertEquals(
        List.of(
            line(LineKind.COMPENSATION, Remedy.CASH, cny("780.00")),
            line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00"))),
        alt.lines());
    assertEquals(cny("798.00"), alt.total());
    Golden.assertMatches("ex-04", a, RENDERER);
  }

  @Test
  void ex_04_has_no_alternative_when_the_carrier_proves_notice_of_the_cap() {
    // GIVEN EX-04, and the carrier can prove it drew attention to the cap
    Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

    // WHEN
    Assessment a =
        Carriers.sfDomesticCopyB()
            .assess(claim, context().provedValue(cny("780.00")).capNoticeProven(true).build());

    // THEN
    assertEquals(cny("144.00"), a.total());
    assertTrue(a.alternative().isEmpty());
  }

  @Test
  void ex_05_sf_c_undeclared_value_above_1000_is_deemed_1000_and_no_fee_is_refunded_on_loss() {
    // GIVEN uninsured, value not declared; proved V = 3,000.00; F = 200.00 (heavy parcel); lost
    Claim claim = claim(ClaimType.LOSS, domestic("CNY", "200.00"));

    // WHEN
    Assessment a = Carriers.sfDomesticCopyC().assess(claim, context().provedValue(cny("3000.00")).build());

    // THEN min(3,000.00, 1,000.00) = 1,000.00; min(1,000.00, 7 × 200.00 = 1,400.00) = 1,000.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(line(LineKind.COMPENSATION, Remedy.CASH, cny("1000.00"))), a.lines());
    assertEquals(cny("1000.00"), a.total());
    assertEquals(
        List.of(
            "carrier.sf.domestic.copy-c@21c.2026-11",
            "carrier.sf.compensation@21c.2026-11",
            "carrier.sf.cover@21c.2026-11",
            "carrier.sf.freight-cap@21c.2026-11",
            "carrier.sf.undeclared-value-cap@21c.2026-11",
            "carrier.sf.actual-loss@21c.2026-11",
            "value.proved@21c.2026-11",
            "carrier.sf.deemed-value@21c.2026-11",
            "carrier.sf.seven-times-fee@21c.2026-11",
            "deduct.salvage@21c.2026-11"),
        a.ruleIds(), "the fee-waiver line does not apply and leaves no step (issue 13; it was listed before)");
    // AND the deemed value is a standard term too: set aside, the proved 3,000.00 (7 × freight
    // also set aside)
    Alternative alt = a.alternative().orElseThrow();
    assertEquals(List.of(line(LineKind.COMPENSATION, Remedy.CASH, cny("3000.00"))), alt.lines());
    assertEquals(cny("3000.00"), alt.total());
    Golden.assertMatches("ex-05", a, RENDERER);
  }

  @Test
  void ex_07_sf_b_uninsured_short_contents_pays_the_loss_capped_at_seven_times_freight_plus_the_freight() {
    // GIVEN 10 identical items, V = 500.00; uninsured; 3 missing, L = 150.00; F = 15.00
    Claim claim =
        claim(
            ClaimType.SHORT_CONTENTS,
            domestic("CNY", "15.00").addContents(item(ItemCategory.GENERAL, 10, cny("50.00"))));

    // WHEN
    Assessment a =
        Carriers.sfDomesticCopyB()
            .assess(claim, context().provedValue(cny("500.00")).assessedLoss(cny("150.00")).build());

    // THEN min(150.00, 7 × 15.00 = 105.00) = 105.00 + fee refund 15.00 = 120.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(
            line(LineKind.COMPENSATION, Remedy.CASH, cny("105.00")),
            line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("15.00"))),
        a.lines());
    assertEquals(cny("120.00"), a.total());
    assertEquals(
        List.of(
            "carrier.sf.domestic.copy-b@21b.2026-11",
            "carrier.sf.compensation@21b.2026-11",
            "carrier.sf.cover@21b.2026-11",
            "carrier.sf.freight-cap@21b.2026-11",
            "carrier.sf.undeclared-value-cap@21b.2026-11",
            "carrier.sf.actual-loss@21b.2026-11",
            "value.assessed-loss@21b.2026-11",
            "carrier.sf.deemed-value@21b.2026-11",
            "carrier.sf.seven-times-fee@21b.2026-11",
            "deduct.salvage@21b.2026-11",
            "carrier.sf.fee-waiver@21b.2026-11",
            "value.shipping-fee@21b.2026-11"),
        a.ruleIds());
    assertEquals(cny("165.00"), a.alternative().orElseThrow().total());
    Golden.assertMatches("ex-07-sf-b", a, RENDERER);
  }

  @Test
  void ex_17a_sf_international_uninsured_air_pays_the_lowest_of_value_100_usd_and_20_usd_per_kg() {
    // GIVEN uninsured, by air, 2.5 kg, value USD 300.00, lost. EX-17 names no freight: 0.00.
    Claim claim = claim(ClaimType.LOSS, international("USD", "0.00", TransportMode.AIR, "2.5"));

    // WHEN
    Assessment a = Carriers.sfInternational().assess(claim, context().provedValue(usd("300.00")).build());

    // THEN min(300.00, 100.00, 20 × 2.5 = 50.00) = USD 50.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(line(LineKind.COMPENSATION, Remedy.CASH, usd("50.00"))), a.lines());
    assertEquals(usd("50.00"), a.total());
    assertEquals(
        List.of(
            "carrier.sf.international@21c-e.2026-11",
            "carrier.sf.intl.compensation@21c-e.2026-11",
            "carrier.sf.intl.cover@21c-e.2026-11",
            "carrier.sf.intl.limit@21c-e.2026-11",
            "carrier.sf.intl.actual-loss@21c-e.2026-11",
            "value.proved@21c-e.2026-11",
            "carrier.sf.intl.limit-by-mode@21c-e.2026-11",
            "carrier.sf.intl.lowest-limit@21c-e.2026-11",
            "carrier.sf.intl.per-package@21c-e.2026-11",
            "carrier.sf.intl.air-per-kg@21c-e.2026-11"),
        a.ruleIds());
    assertEquals(usd("300.00"), a.alternative().orElseThrow().total());
    Golden.assertMatches("ex-17a", a, RENDERER);
  }

  @Test
  void ex_17b_sf_international_insured_pays_the_decision_value_times_the_damage_ratio() {
    // GIVEN insured USD 200.00 (premium 1% = USD 2.00, [21-E]), actual cash value USD 300.00,
    // 40% damaged: the assessed loss is 0.40 × 300.00 = USD 120.00
    Claim claim =
        damage(
            DamageExtent.PARTIAL,
            international("USD", "0.00", TransportMode.AIR, "2.5")
                .declaredValue(usd("200.00"))
                .insurancePremium(usd("2.00")));

    // WHEN
    Assessment a =
        Carriers.sfInternational()
            .assess(claim, context().provedValue(usd("300.00")).assessedLoss(usd("120.00")).build());

    // THEN min(200.00, 300.00) = 200.00 × 0.40 = USD 80.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(line(LineKind.COMPENSATION, Remedy.CASH, usd("80.00"))), a.lines());
    assertEquals(usd("80.00"), a.total());
    assertEquals(
        List.of(
            "carrier.sf.international@21c-e.2026-11",
            "carrier.sf.intl.compensation@21c-e.2026-11",
            "carrier.sf.intl.cover@21c-e.2026-11",
            "carrier.sf.intl.insured@21c-e.2026-11",
            "carrier.sf.intl.loss-ratio@21c-e.2026-11",
            "carrier.sf.intl.over-insurance@21c-e.2026-11",
            "value.insured@21c-e.2026-11",
            "value.proved@21c-e.2026-11"),
        a.ruleIds());
    assertTrue(a.alternative().isEmpty());
    Golden.assertMatches("ex-17b", a, RENDERER);
  }

  @Test
  void ex_18_ems_international_declared_goods_are_capped_at_500_plus_60_per_started_kg_and_postage_refunded() {
    // GIVEN declared goods, declared value 1,000.00 on the waybill (详情单: a stated value, not
    // 保价, since the 2026-12 re-read of docs/carriers.md); 2.3 kg; postage 150.00; lost
    Claim claim =
        claim(ClaimType.LOSS, international("CNY", "150.00", TransportMode.AIR, "2.3").statedValue(cny("1000.00")));

    // WHEN
    Assessment a = Carriers.emsInternational().assess(claim, context().build());

    // THEN w = ceil(2.3) = 3; min(1,000.00, 500 + 60 × 3 = 680.00) = 680.00 + postage 150.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(
            line(LineKind.COMPENSATION, Remedy.CASH, cny("680.00")),
            line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("150.00"))),
        a.lines());
    assertEquals(cny("830.00"), a.total());
    assertEquals(
        List.of(
            "carrier.ems.international@22.2026-12",
            "carrier.ems.intl.compensation@22.2026-12",
            "carrier.ems.intl.cover@22.2026-12",
            "carrier.ems.intl.weight-cap@22.2026-12",
            "carrier.ems.intl.declared-basis@22.2026-12",
            "carrier.ems.intl.stated-value@22.2026-12",
            "carrier.ems.intl.weight-limit@22.2026-12",
            "carrier.ems.intl.postage-refund@22.2026-12",
            "value.shipping-fee@22.2026-12"),
        a.ruleIds());
    assertEquals(cny("1150.00"), a.alternative().orElseThrow().total());
    Golden.assertMatches("ex-18", a, RENDERER);
  }

  @Test
  void ex_23_sf_b_denies_a_loss_the_investigation_found_caused_by_force_majeure() {
    // GIVEN EX-04's parcel (uninsured, F = 18.00, proved V = 780.00, lost); the investigation closes
    // with "not the carrier's liability", root cause force majeure; no defence entered again
    Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

    // WHEN
    Assessment a =
        Carriers.sfDomesticCopyB()
            .assess(
                claim,
                context()
                    .provedValue(cny("780.00"))
                    .finding(InvestigationFinding.NOT_CARRIERS_LIABILITY)
                    .rootCause(RootCause.FORCE_MAJEURE)
                    .build());

    // THEN Civil Code Art. 832 binds SF-B: DENIED, force majeure, no alternative
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.FORCE_MAJEURE), a.denialReasons());
    assertEquals(List.of(), a.lines());
    assertEquals(cny("0.00"), a.total());
    assertTrue(a.alternative().isEmpty());
    assertEquals(
        List.of("carrier.sf.domestic.copy-b@21b.2026-11", "cn.civil-code.art832.force-majeure@21b.2026-11"),
        a.ruleIds());
    Golden.assertMatches("ex-23", a, RENDERER);
  }

  @Test
  void ex_24_sf_b_cap_gives_way_to_gross_negligence_under_art_506() {
    // GIVEN EX-04 with the carrier's notice of the cap proven and gross negligence established
    Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

    // WHEN
    Assessment a =
        Carriers.sfDomesticCopyB()
            .assess(claim, context().provedValue(cny("780.00")).capNoticeProven(true).intentOrGrossNegligence(true).build());

    // THEN the cap cannot be invoked (Art. 506): 780.00 + fee refund 18.00 = 798.00, no alternative
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(
            line(LineKind.COMPENSATION, Remedy.CASH, cny("780.00")),
            line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00"))),
        a.lines());
    assertEquals(cny("798.00"), a.total());
    assertEquals(List.of(), a.denialReasons());
    assertTrue(a.alternative().isEmpty());
    assertEquals(
        List.of(
            "carrier.sf.domestic.copy-b@21b.2026-11",
            "cn.civil-code.art506@21b.2026-11",
            "carrier.sf.compensation@21b.2026-11",
            "carrier.sf.cover@21b.2026-11",
            "carrier.sf.freight-cap@21b.2026-11",
            "carrier.sf.undeclared-value-cap@21b.2026-11",
            "carrier.sf.actual-loss@21b.2026-11",
            "value.proved@21b.2026-11",
            "carrier.sf.deemed-value@21b.2026-11",
            "carrier.sf.seven-times-fee@21b.2026-11",
            "cn.civil-code.art506.actual-loss@21b.2026-11",
            "value.proved@21b.2026-11",
            "deduct.salvage@21b.2026-11",
            "carrier.sf.fee-waiver@21b.2026-11",
            "value.shipping-fee@21b.2026-11"),
        a.ruleIds());
    assertEquals(CarrierLiability.ART_506, a.steps().get(1).rule().id());
    Golden.assertMatches("ex-24", a, RENDERER);
  }

  @Test
  void ex_24_without_proven_notice_gross_negligence_still_pays_798_with_no_alternative() {
    // GIVEN EX-24 but the notice of the cap is not proven
    Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

    // WHEN
    Assessment a =
        Carriers.sfDomesticCopyB().assess(claim, context().provedValue(cny("780.00")).intentOrGrossNegligence(true).build());

    // THEN "whether or not its notice was proven" (docs/express-civil-code.md Art. 506): the total is uncapped
    assertEquals(cny("798.00"), a.total());
    assertTrue(a.alternative().isEmpty());
  }

  private static SettlementLine line(LineKind kind, Remedy remedy, Money amount) {
    return SettlementLine.of(kind, remedy, amount);
  }
}
