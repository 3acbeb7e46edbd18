package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.intl.IntlClaims.EX_10A_CARRIAGE;
import static io.parcelclaims.rules.intl.IntlClaims.byRoad;
import static io.parcelclaims.rules.intl.IntlClaims.claim;
import static io.parcelclaims.rules.intl.IntlClaims.cny;
import static io.parcelclaims.rules.intl.IntlClaims.context;
import static io.parcelclaims.rules.intl.IntlClaims.damage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CMR Art. 23 beyond EX-13 (docs/conventions.md): partial loss by the weight short, the charges pro rata,
 * delay capped at the charges, the declared value. Inputs reuse EX-13's shipment (120 kg, charges
 * 1,200.00, value 30,000.00, 1 SDR = 9.7000 CNY), EX-10's 3.4 kg as a weight short and EX-02's
 * amounts (1,500.00, 600.00) as assessed losses.
 */
class CmrTest {
  private static final CompensationPolicy CMR = Conventions.cmr();

  private static Shipment.Builder ex13() {
    return byRoad(EX_10A_CARRIAGE, "120", "CNY", "1200.00");
  }

  @Test
  void has_its_id_version_and_no_dated_period() {
    // GIVEN / WHEN / THEN
    assertEquals(PolicyId.of("intl.cmr.art23", "1956"), CMR.id());
    assertEquals(EffectivePeriod.from(LocalDate.MIN), CMR.period());
  }

  @Test
  void partial_loss_is_capped_at_8_33_sdr_per_kg_short_and_refunds_the_charges_pro_rata_by_weight() {
    // GIVEN EX-13's consignment, 3.4 kg of it short, assessed loss 1,500.00
    Claim claim = claim(ClaimType.SHORT_CONTENTS, ex13());

    // WHEN
    Assessment a =
        CMR.assess(claim, context(claim).assessedLoss(cny("1500.00")).affectedWeightKg(new BigDecimal("3.4")).build());

    // THEN 8.33 × 3.4 = 28.322 SDR × 9.7000 = 274.7234 → 274.72 (rounded once: 28.32 SDR first would
    // give 274.70); charges 1,200.00 × 3.4 / 120 = 34.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(
            SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("274.72")),
            SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("34.00"))),
        a.lines());
    assertEquals(cny("308.72"), a.total());
    assertEquals(
        List.of(
            "intl.cmr.art23@1956",
            "intl.cmr.applies@1956",
            "intl.cmr.compensation@1956",
            "intl.cmr.partial-loss-cap@1956",
            "value.assessed-loss@1956",
            "intl.cmr.limit@1956",
            "intl.cmr.per-kg-limit@1956",
            "intl.cmr.charges@1956"),
        a.ruleIds());
    assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.sdr-per-kg-short")));
  }

  @Test
  void partial_damage_is_capped_by_the_depreciated_weight_and_refunds_the_charges_by_the_value_lost() {
    // GIVEN EX-13's consignment (value 30,000.00), 3.4 kg of it depreciated, diminution 1,500.00.
    // Before rev. 2026-12 the charges were refunded by weight (34.00, total 308.72); Art. 23(4) with
    // Art. 25 refunds them in proportion to the value lost.
    Claim claim = damage(DamageExtent.PARTIAL, ex13());

    // WHEN
    Assessment a =
        CMR.assess(
            claim,
            context(claim)
                .provedValue(cny("30000.00"))
                .assessedLoss(cny("1500.00"))
                .affectedWeightKg(new BigDecimal("3.4"))
                .build());

    // THEN min(1,500.00, 8.33 × 3.4 × 9.7000 = 274.72) = 274.72; charges 1,200.00 × 1,500.00 / 30,000.00 = 60.00
    assertEquals(
        List.of(
            SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("274.72")),
            SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("60.00"))),
        a.lines());
    assertEquals(cny("334.72"), a.total());
    assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.cmr.charges-by-value")));
    assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.sdr-per-kg-depreciated")));
  }

  @Test
  void damage_charges_need_the_value_of_the_whole_consignment() {
    // GIVEN the damage above without a proved value
    Claim claim = damage(DamageExtent.PARTIAL, ex13());

    // WHEN
    Assessment a =
        CMR.assess(claim, context(claim).assessedLoss(cny("1500.00")).affectedWeightKg(new BigDecimal("3.4")).build());

    // THEN
    assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
    assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), a.missingEvidence());
  }

  @Test
  void total_damage_is_compensated_as_total_loss() {
    // GIVEN EX-13 wholly destroyed instead of lost
    Claim claim = damage(DamageExtent.TOTAL, ex13());

    // WHEN
    Assessment a = CMR.assess(claim, context(claim).provedValue(cny("30000.00")).build());

    // THEN as EX-13
    assertEquals(cny("10896.12"), a.total());
  }

  @Test
  void a_partial_loss_needs_an_inspection_report_until_the_weight_short_is_known() {
    // GIVEN EX-13's consignment short, weight short not established
    Claim claim = claim(ClaimType.SHORT_CONTENTS, ex13());

    // WHEN
    Assessment a = CMR.assess(claim, context(claim).assessedLoss(cny("1500.00")).build());

    // THEN
    assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
    assertEquals(List.of(EvidenceKind.INSPECTION), a.missingEvidence());
    assertTrue(a.lines().isEmpty());
  }

  @Test
  void a_weight_short_above_the_gross_weight_is_refused() {
    // GIVEN EX-13's 120 kg consignment and a weight short of 120.1 kg
    Claim claim = claim(ClaimType.SHORT_CONTENTS, ex13());

    // WHEN / THEN
    assertThrows(
        IllegalArgumentException.class,
        () -> CMR.assess(claim, context(claim).assessedLoss(cny("1500.00")).affectedWeightKg(new BigDecimal("120.1")).build()));
  }

  @Test
  void delay_pays_the_proven_loss_capped_at_the_carriage_charges_and_refunds_nothing() {
    // GIVEN EX-13's consignment delivered late; the delay caused a loss of 1,500.00
    Claim claim = claim(ClaimType.DELAY, ex13());

    // WHEN
    Assessment a = CMR.assess(claim, context(claim).assessedLoss(cny("1500.00")).build());

    // THEN min(1,500.00, 1,200.00) = 1,200.00, no charges line
    assertEquals(List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("1200.00"))), a.lines());
    assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.cmr.no-charges-refunded")));
  }

  @Test
  void delay_below_the_charges_is_paid_in_full() {
    // GIVEN a delay loss of 600.00
    Claim claim = claim(ClaimType.DELAY, ex13());

    // WHEN / THEN
    assertEquals(cny("600.00"), CMR.assess(claim, context(claim).assessedLoss(cny("600.00")).build()).total());
  }

  @Test
  void a_declared_value_above_the_per_kg_limit_replaces_it() {
    // GIVEN EX-13 with a declared value of 30,000.00 and a premium of 9.00 (EX-01's)
    Claim claim = claim(ClaimType.LOSS, ex13().declaredValue(cny("30000.00")).insurancePremium(cny("9.00")));

    // WHEN
    Assessment a = CMR.assess(claim, context(claim).provedValue(cny("30000.00")).build());

    // THEN limit max(30,000.00, 9,696.12) = 30,000.00; min(30,000.00, 30,000.00) + charges 1,200.00
    assertEquals(cny("31200.00"), a.total());
    assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.cmr.art24-declared-value-raises")));
  }

  @Test
  void a_declared_value_below_the_per_kg_limit_cannot_lower_it() {
    // GIVEN EX-13 with a declared value of 3,000.00 (EX-01's), below 9,696.12 (rev. 2026-12: before,
    // the declared sum replaced the limit and this paid 3,000.00 + 1,200.00)
    Claim claim = claim(ClaimType.LOSS, ex13().declaredValue(cny("3000.00")).insurancePremium(cny("9.00")));

    // WHEN
    Assessment a = CMR.assess(claim, context(claim).provedValue(cny("30000.00")).build());

    // THEN as EX-13: 9,696.12 + 1,200.00
    assertEquals(cny("10896.12"), a.total());
    assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.cmr.art24-declared-value-cannot-lower")));
  }

  @Test
  void with_a_declared_value_the_per_kg_limit_is_still_computed_so_the_rate_is_needed() {
    // GIVEN a declared value and no SDR rate
    Claim claim = claim(ClaimType.LOSS, ex13().declaredValue(cny("30000.00")).insurancePremium(cny("9.00")));

    // WHEN / THEN
    assertThrows(
        IllegalArgumentException.class,
        () -> CMR.assess(claim, IntlClaims.withoutRate(EX_10A_CARRIAGE).provedValue(cny("30000.00")).build()));
  }

  @Test
  void a_declared_value_does_not_lift_the_delay_cap_but_a_declared_interest_in_delivery_does() {
    // GIVEN EX-13 delayed, a delay loss of 1,500.00; a declared value, or a declared interest, of 3,000.00
    // (rev. 2026-12: Art. 24 replaces only the 8.33 SDR limit; before, the declared value lifted the delay cap)
    Claim valued = claim(ClaimType.DELAY, ex13().declaredValue(cny("3000.00")).insurancePremium(cny("9.00")));
    Claim interest = claim(ClaimType.DELAY, ex13().declaredInterestInDelivery(cny("3000.00")));

    // WHEN
    Money valuedPaid = CMR.assess(valued, context(valued).assessedLoss(cny("1500.00")).build()).total();
    Money interestPaid = CMR.assess(interest, context(interest).assessedLoss(cny("1500.00")).build()).total();

    // THEN min(1,500.00, 1,200.00); min(1,500.00, 1,200.00 + 3,000.00)
    assertEquals(cny("1200.00"), valuedPaid);
    assertEquals(cny("1500.00"), interestPaid);
  }

  @Test
  void a_declared_interest_in_delivery_adds_further_proven_loss_up_to_its_amount() {
    // GIVEN EX-13 with a declared interest in delivery of 3,000.00
    Claim claim = claim(ClaimType.LOSS, ex13().declaredInterestInDelivery(cny("3000.00")));

    // WHEN
    Assessment a = CMR.assess(claim, context(claim).provedValue(cny("30000.00")).build());

    // THEN min(30,000.00, 9,696.12 + 3,000.00 = 12,696.12) + charges 1,200.00
    assertEquals(cny("13896.12"), a.total());
    assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.cmr.art26-interest")));
  }

  @Test
  void wilful_misconduct_lifts_the_delay_cap_too() {
    // GIVEN EX-13 delayed with a delay loss of 1,500.00 and wilful misconduct
    Claim claim = claim(ClaimType.DELAY, ex13());

    // WHEN
    Money paid = CMR.assess(claim, context(claim).assessedLoss(cny("1500.00")).wilfulMisconduct(true).build()).total();

    // THEN no Art. 23(5) cap
    assertEquals(cny("1500.00"), paid);
  }

  @Test
  void gross_negligence_counts_as_wilful_misconduct_only_in_the_reading_that_says_so() {
    // GIVEN EX-13 lost by gross negligence
    Claim claim = claim(ClaimType.LOSS, ex13());
    AssessmentContext context = context(claim).provedValue(cny("30000.00")).intentOrGrossNegligence(true).build();

    // WHEN
    Money strict = CMR.assess(claim, context).total();
    Money equivalent =
        Conventions.cmr(Conventions.undatedPeriod(), Conventions.wilfulMisconductOrGrossNegligence()).assess(claim, context).total();

    // THEN as EX-13, and as EX-26
    assertEquals(cny("10896.12"), strict);
    assertEquals(cny("31200.00"), equivalent);
  }
}
