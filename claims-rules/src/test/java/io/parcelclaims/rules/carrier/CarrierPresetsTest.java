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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.CurrencyMismatchException;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of each carrier preset (docs/carriers.md). Inputs reuse the figures of §8's examples:
 * EX-01 (I = V = 3,000.00, premium 9.00), EX-02 (V 5,000.00, I 2,000.00, L 1,500.00), EX-04
 * (F 18.00, V 780.00), EX-05 (F 200.00), EX-06 (postage 12.00, loss 200.00), EX-07 (L 150.00,
 * V 500.00), EX-08 (fee 15.00, premium 2.00), EX-17 (2.5 kg, USD 300.00) and EX-18 (declared
 * 1,000.00, postage 150.00).
 */
class CarrierPresetsTest {

  @Test
  void every_preset_has_its_id_version_and_the_placeholder_period() {
    // GIVEN / WHEN
    List<CompensationPolicy> presets =
        List.of(
            Carriers.sfDomesticCurrent(),
            Carriers.sfDomesticCopyA(),
            Carriers.sfDomesticCopyB(),
            Carriers.sfDomesticCopyC(),
            Carriers.sfInternational(),
            Carriers.emsDomestic(),
            Carriers.emsInternational(),
            Carriers.yto());

    // THEN
    assertEquals(
        List.of(
            PolicyId.of("carrier.sf.domestic.current", "sf-site.2026-12"),
            PolicyId.of("carrier.sf.domestic.copy-a", "21a.2026-11"),
            PolicyId.of("carrier.sf.domestic.copy-b", "21b.2026-11"),
            PolicyId.of("carrier.sf.domestic.copy-c", "21c.2026-11"),
            PolicyId.of("carrier.sf.international", "21c-e.2026-11"),
            PolicyId.of("carrier.ems.domestic", "22.2026-11"),
            PolicyId.of("carrier.ems.international", "22.2026-12"),
            PolicyId.of("carrier.yto", "24.2026-11")),
        presets.stream().map(CompensationPolicy::id).toList());
    presets.forEach(p -> assertEquals(EffectivePeriod.from(LocalDate.of(2021, 1, 1)), p.period()));
  }

  @Test
  void a_preset_refuses_a_governing_date_outside_the_period_it_was_given() {
    // GIVEN copy B in force only from the day after the claim's governing date
    CompensationPolicy later = Carriers.sfDomesticCopyB(EffectivePeriod.from(CarrierClaims.ACCEPTED_ON.plusDays(1)));
    Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

    // WHEN / THEN
    assertThrows(IllegalArgumentException.class, () -> later.assess(claim, context().provedValue(cny("780.00")).build()));
  }

  @Nested
  class Sf_current {

    @Test
    void uninsured_loss_is_capped_at_seven_times_freight_with_the_uncapped_alternative() {
      // GIVEN EX-04's parcel: F = 18.00, proved V = 780.00, lost
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

      // WHEN
      Assessment a = Carriers.sfDomesticCurrent().assess(claim, context().provedValue(cny("780.00")).build());

      // THEN min(780.00, 7 × 18.00 = 126.00) + freight 18.00 = 144.00; contested: 798.00
      assertEquals(List.of(compensation(cny("126.00")), feeRefund(cny("18.00"))), a.lines());
      assertEquals(cny("144.00"), a.total());
      assertEquals(cny("798.00"), a.alternative().orElseThrow().total());
    }

    @Test
    void an_undeclared_value_above_1000_is_not_deemed_1000_on_sfs_own_pages() {
      // GIVEN EX-05's parcel: uninsured, proved V = 3,000.00, F = 200.00, lost
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "200.00"));

      // WHEN
      Assessment a = Carriers.sfDomesticCurrent().assess(claim, context().provedValue(cny("3000.00")).build());

      // THEN min(3,000.00, 7 × 200.00 = 1,400.00) + freight 200.00 (copy C pays 1,000.00)
      assertEquals(List.of(compensation(cny("1400.00")), feeRefund(cny("200.00"))), a.lines());
    }

    @Test
    void the_declared_value_counts_at_most_20000() {
      // GIVEN a parcel declared at 30,000.00 (EX-13's value), proved worth as much, lost; F = 23.00
      Claim claim =
          claim(ClaimType.LOSS, domestic("CNY", "23.00").declaredValue(cny("30000.00")).insurancePremium(cny("150.00")));

      // WHEN
      Assessment a = Carriers.sfDomesticCurrent().assess(claim, context().provedValue(cny("30000.00")).build());

      // THEN 20,000.00 + freight 23.00
      assertEquals(List.of(compensation(cny("20000.00")), feeRefund(cny("23.00"))), a.lines());
    }

    @Test
    void a_declared_value_of_exactly_20000_is_paid_in_full() {
      // GIVEN declared and proved 20,000.00, lost; F = 23.00
      Claim claim =
          claim(ClaimType.LOSS, domestic("CNY", "23.00").declaredValue(cny("20000.00")).insurancePremium(cny("100.00")));

      // WHEN
      Assessment a = Carriers.sfDomesticCurrent().assess(claim, context().provedValue(cny("20000.00")).build());

      // THEN
      assertEquals(List.of(compensation(cny("20000.00")), feeRefund(cny("23.00"))), a.lines());
    }

    @Test
    void insured_partial_damage_is_insured_amount_over_actual_value_times_the_loss() {
      // GIVEN EX-02's figures: V = 5,000.00, I = 2,000.00, L = 1,500.00; F = 23.00
      Claim claim =
          damage(DamageExtent.PARTIAL, domestic("CNY", "23.00").declaredValue(cny("2000.00")).insurancePremium(cny("10.00")));

      // WHEN
      Assessment a =
          Carriers.sfDomesticCurrent()
              .assess(claim, context().provedValue(cny("5000.00")).assessedLoss(cny("1500.00")).build());

      // THEN 2,000.00 / 5,000.00 × 1,500.00 = 600.00, and the freight is waived on damage
      assertEquals(List.of(compensation(cny("600.00")), feeRefund(cny("23.00"))), a.lines());
    }

    @Test
    void over_insurance_is_capped_at_the_actual_value() {
      // GIVEN EX-03's figures: I = 8,000.00, proved V = 5,000.00, lost; no freight named: 0.00
      Claim claim =
          claim(ClaimType.LOSS, domestic("CNY", "0.00").declaredValue(cny("8000.00")).insurancePremium(cny("40.00")));

      // WHEN
      Assessment a = Carriers.sfDomesticCurrent().assess(claim, context().provedValue(cny("5000.00")).build());

      // THEN
      assertEquals(List.of(compensation(cny("5000.00"))), a.lines());
    }

    @Test
    void pays_nothing_on_delay_because_the_pages_say_nothing_of_it() {
      // GIVEN EX-08: delayed, fee 15.00, premium 2.00
      Claim claim =
          claim(ClaimType.DELAY, domestic("CNY", "15.00").declaredValue(cny("500.00")).insurancePremium(cny("2.00")));

      // WHEN
      Assessment a = Carriers.sfDomesticCurrent().assess(claim, context().build());

      // THEN
      assertEquals(Outcome.PAYABLE, a.outcome());
      assertEquals(List.of(), a.lines());
    }

    @Test
    void is_a_preset_of_its_own_beside_the_older_copies() {
      // GIVEN / WHEN
      List<String> ids =
          List.of(Carriers.sfDomesticCurrent(), Carriers.sfDomesticCopyA(), Carriers.sfDomesticCopyB(), Carriers.sfDomesticCopyC())
              .stream()
              .map(p -> p.id().id())
              .distinct()
              .toList();

      // THEN four ids a carrier chooses between, not four versions of one policy
      assertEquals(4, ids.size());
    }
  }

  @Nested
  class Sf_copy_a {

    @Test
    void monthly_account_customers_are_capped_at_nine_times_freight() {
      // GIVEN EX-04's parcel sent on a monthly account
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00").monthlyAccount(true));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyA().assess(claim, context().provedValue(cny("780.00")).build());

      // THEN min(780.00, 9 × 18.00 = 162.00) + 18.00
      assertEquals(List.of(compensation(cny("162.00")), feeRefund(cny("18.00"))), a.lines());
      assertEquals(cny("180.00"), a.total());
      assertEquals(cny("798.00"), a.alternative().orElseThrow().total());
    }

    @Test
    void other_customers_are_capped_at_seven_times_freight() {
      // GIVEN EX-04's parcel without a monthly account
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00").monthlyAccount(false));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyA().assess(claim, context().provedValue(cny("780.00")).build());

      // THEN min(780.00, 7 × 18.00 = 126.00) + 18.00
      assertEquals(List.of(compensation(cny("126.00")), feeRefund(cny("18.00"))), a.lines());
      assertEquals(cny("144.00"), a.total());
    }

    @Test
    void waives_the_freight_on_delay_but_not_the_premium() {
      // GIVEN EX-08: delayed, fee 15.00, premium 2.00
      Claim claim =
          claim(ClaimType.DELAY, domestic("CNY", "15.00").declaredValue(cny("500.00")).insurancePremium(cny("2.00")));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyA().assess(claim, context().build());

      // THEN
      assertEquals(List.of(feeRefund(cny("15.00"))), a.lines());
    }
  }

  @Nested
  class Sf_copy_b {

    @Test
    void under_insured_partial_damage_is_proportional_and_the_freight_is_waived() {
      // GIVEN EX-02's figures under copy B: V 5,000.00, I 2,000.00, L 1,500.00; F 15.00
      Claim claim =
          damage(
              DamageExtent.PARTIAL,
              domestic("CNY", "15.00").declaredValue(cny("2000.00")).insurancePremium(cny("2.00")));

      // WHEN
      Assessment a =
          Carriers.sfDomesticCopyB()
              .assess(claim, context().provedValue(cny("5000.00")).assessedLoss(cny("1500.00")).build());

      // THEN 1,500.00 × 2,000.00 / 5,000.00 = 600.00, plus the freight
      assertEquals(List.of(compensation(cny("600.00")), feeRefund(cny("15.00"))), a.lines());
      assertTrue(a.alternative().isEmpty());
    }

    @Test
    void deducts_the_salvage_value_from_the_compensation_not_from_the_fee_refund() {
      // GIVEN EX-07's uninsured short-contents variant, and an agreed salvage value of 150.00
      Claim claim = claim(ClaimType.SHORT_CONTENTS, domestic("CNY", "15.00"));

      // WHEN
      Assessment a =
          Carriers.sfDomesticCopyB()
              .assess(claim, context().assessedLoss(cny("150.00")).salvageValue(cny("150.00")).build());

      // THEN 105.00 compensation, 105.00 deducted (never below zero), 15.00 fee refund
      assertEquals(
          List.of(
              compensation(cny("105.00")),
              SettlementLine.of(LineKind.SALVAGE_DEDUCTION, Remedy.CASH, cny("105.00")),
              feeRefund(cny("15.00"))),
          a.lines());
      assertEquals(cny("15.00"), a.total());
    }

    @Test
    void pays_nothing_on_delay_because_the_copy_says_nothing_of_it() {
      // GIVEN EX-08's delayed parcel
      Claim claim = claim(ClaimType.DELAY, domestic("CNY", "15.00"));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyB().assess(claim, context().build());

      // THEN
      assertEquals(Outcome.PAYABLE, a.outcome());
      assertEquals(List.of(), a.lines());
    }

    @Test
    void asks_for_the_purchase_proof_before_paying_an_uninsured_loss() {
      // GIVEN EX-04 without a proved value
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyB().assess(claim, context().build());

      // THEN
      assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
      assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), a.missingEvidence());
    }
  }

  @Nested
  class Sf_copy_c {

    @Test
    void a_proved_value_of_exactly_1000_is_paid_in_full_with_no_alternative() {
      // GIVEN EX-05's heavy parcel (F 200.00, cap 1,400.00) worth exactly 1,000.00
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "200.00"));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyC().assess(claim, context().provedValue(cny("1000.00")).build());

      // THEN
      assertEquals(List.of(compensation(cny("1000.00"))), a.lines());
      assertTrue(a.alternative().isEmpty());
    }

    @Test
    void a_proved_value_of_1000_01_is_deemed_1000_with_the_full_value_as_alternative() {
      // GIVEN EX-05's heavy parcel worth 1,000.01
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "200.00"));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyC().assess(claim, context().provedValue(cny("1000.01")).build());

      // THEN
      assertEquals(List.of(compensation(cny("1000.00"))), a.lines());
      assertEquals(cny("1000.01"), a.alternative().orElseThrow().total());
    }

    @Test
    void waives_only_the_service_fee_on_delay() {
      // GIVEN EX-08: delayed, fee 15.00, premium 2.00 ("SF-C identical")
      Claim claim =
          claim(ClaimType.DELAY, domestic("CNY", "15.00").declaredValue(cny("500.00")).insurancePremium(cny("2.00")));

      // WHEN
      Assessment a = Carriers.sfDomesticCopyC().assess(claim, context().build());

      // THEN the 2.00 premium stays with the carrier
      assertEquals(List.of(feeRefund(cny("15.00"))), a.lines());
      assertEquals(cny("15.00"), a.total());
    }
  }

  @Nested
  class Sf_international {

    @Test
    void by_road_the_limit_is_10_usd_per_kg() {
      // GIVEN EX-17 (a) carried by road
      Claim claim = claim(ClaimType.LOSS, international("USD", "0.00", TransportMode.ROAD, "2.5"));

      // WHEN
      Assessment a = Carriers.sfInternational().assess(claim, context().provedValue(usd("300.00")).build());

      // THEN min(300.00, 100.00, 10 × 2.5 = 25.00)
      assertEquals(List.of(compensation(usd("25.00"))), a.lines());
    }

    @Test
    void by_sea_only_the_100_usd_per_package_limit_applies() {
      // GIVEN EX-17 (a) carried by sea, a mode the copies give no per-kg figure for
      Claim claim = claim(ClaimType.LOSS, international("USD", "0.00", TransportMode.SEA, "2.5"));

      // WHEN
      Assessment a = Carriers.sfInternational().assess(claim, context().provedValue(usd("300.00")).build());

      // THEN
      assertEquals(List.of(compensation(usd("100.00"))), a.lines());
    }

    @Test
    void a_claim_in_another_currency_is_a_programming_error() {
      // GIVEN EX-17 (a) in CNY
      Claim claim = claim(ClaimType.LOSS, international("CNY", "0.00", TransportMode.AIR, "2.5"));

      // WHEN / THEN
      assertThrows(
          CurrencyMismatchException.class,
          () -> Carriers.sfInternational().assess(claim, context().provedValue(cny("300.00")).build()));
    }
  }

  @Nested
  class Ems_domestic {

    @Test
    void uninsured_loss_is_capped_at_three_times_postage_by_default() {
      // GIVEN EX-06 (a)'s figures: postage 12.00, actual loss 200.00
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "12.00"));

      // WHEN
      Assessment a = Carriers.emsDomestic().assess(claim, context().provedValue(cny("200.00")).build());

      // THEN min(200.00, 3 × 12.00 = 36.00), no fee refund on loss
      assertEquals(List.of(compensation(cny("36.00"))), a.lines());
      assertEquals(cny("200.00"), a.alternative().orElseThrow().total());
    }

    @Test
    void the_older_copys_two_times_postage_is_a_parameter() {
      // GIVEN the same loss under the older copy's multiple
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "12.00"));

      // WHEN
      Assessment a =
          Carriers.emsDomestic(Carriers.placeholderPeriod(), 2).assess(claim, context().provedValue(cny("200.00")).build());

      // THEN min(200.00, 2 × 12.00 = 24.00)
      assertEquals(List.of(compensation(cny("24.00"))), a.lines());
    }

    @Test
    void refunds_the_postage_on_delay() {
      // GIVEN a delayed item, postage 12.00
      Claim claim = claim(ClaimType.DELAY, domestic("CNY", "12.00"));

      // WHEN
      Assessment a = Carriers.emsDomestic().assess(claim, context().build());

      // THEN
      assertEquals(List.of(feeRefund(cny("12.00"))), a.lines());
    }

    @Test
    void refuses_a_postage_multiple_below_one() {
      assertThrows(IllegalArgumentException.class, () -> Carriers.emsDomestic(Carriers.placeholderPeriod(), 0));
    }
  }

  @Nested
  class Ems_international {

    @Test
    void a_weight_of_exactly_2_kg_counts_as_2_kg() {
      // GIVEN EX-18 at 2.0 kg
      Claim claim = claim(ClaimType.LOSS, declaredEms("2.0"));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().build());

      // THEN min(1,000.00, 500 + 60 × 2 = 620.00) + postage 150.00
      assertEquals(List.of(compensation(cny("620.00")), feeRefund(cny("150.00"))), a.lines());
    }

    @Test
    void a_weight_of_2_01_kg_counts_as_3_kg() {
      // GIVEN EX-18 at 2.01 kg
      Claim claim = claim(ClaimType.LOSS, declaredEms("2.01"));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().build());

      // THEN min(1,000.00, 500 + 60 × 3 = 680.00) + postage 150.00
      assertEquals(List.of(compensation(cny("680.00")), feeRefund(cny("150.00"))), a.lines());
    }

    @Test
    void undeclared_goods_lost_get_a_flat_400_per_item_without_proof_of_value() {
      // GIVEN EX-18's parcel with no value stated on the waybill; no value proved
      Claim claim = claim(ClaimType.LOSS, international("CNY", "150.00", TransportMode.AIR, "2.3"));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().build());

      // THEN a flat 400.00, an amount not a cap (docs/carriers.md, EMS international read again), no
      // alternative; before the re-read the actual loss was asked for and capped at 400.00
      assertEquals(Outcome.PAYABLE, a.outcome());
      assertEquals(List.of(compensation(cny("400.00")), feeRefund(cny("150.00"))), a.lines());
      assertTrue(a.alternative().isEmpty());
    }

    @Test
    void documents_lost_get_the_flat_400_per_item_even_with_a_stated_value() {
      // GIVEN EX-18's declared parcel holding documents
      Claim claim =
          claim(ClaimType.LOSS, declaredEms("2.3").addContents(item(ItemCategory.DOCUMENTS, 1, cny("1000.00"))));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().build());

      // THEN
      assertEquals(List.of(compensation(cny("400.00")), feeRefund(cny("150.00"))), a.lines());
    }

    @Test
    void undeclared_goods_partly_damaged_get_the_loss_at_most_400() {
      // GIVEN no stated value; partly damaged, assessed loss 450.00
      Claim claim = damage(DamageExtent.PARTIAL, international("CNY", "150.00", TransportMode.AIR, "2.3"));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().assessedLoss(cny("450.00")).build());

      // THEN min(450.00, 400.00) + postage 150.00, the cap contested
      assertEquals(List.of(compensation(cny("400.00")), feeRefund(cny("150.00"))), a.lines());
      assertEquals(cny("600.00"), a.alternative().orElseThrow().total());
    }

    @Test
    void a_declared_value_service_is_not_a_stated_value() {
      // GIVEN EX-18's figures with 保价 of 1,000.00 and no value on the waybill; proved V = 1,000.00
      Claim claim =
          claim(
              ClaimType.LOSS,
              international("CNY", "150.00", TransportMode.AIR, "2.3").declaredValue(cny("1000.00")).insurancePremium(cny("5.00")));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().provedValue(cny("1000.00")).build());

      // THEN the insured amount at most the actual value, not the weight limit of declared goods
      assertEquals(List.of(compensation(cny("1000.00")), feeRefund(cny("150.00"))), a.lines());
    }

    @Test
    void gross_negligence_pays_the_actual_loss_above_the_flat_400_under_art_506() {
      // GIVEN undeclared goods, proved worth 1,000.00 (EX-18's value), lost by gross negligence
      Claim claim = claim(ClaimType.LOSS, international("CNY", "150.00", TransportMode.AIR, "2.3"));

      // WHEN
      Assessment a =
          Carriers.emsInternational()
              .assess(claim, context().provedValue(cny("1000.00")).intentOrGrossNegligence(true).build());

      // THEN the greater of 400.00 and 1,000.00; the postage refund is not touched
      assertEquals(List.of(compensation(cny("1000.00")), feeRefund(cny("150.00"))), a.lines());
      assertTrue(a.alternative().isEmpty());
    }

    @Test
    void gross_negligence_without_a_proved_value_keeps_the_flat_400_and_asks_for_nothing() {
      // GIVEN undeclared goods lost by gross negligence; no value proved
      Claim claim = claim(ClaimType.LOSS, international("CNY", "150.00", TransportMode.AIR, "2.3"));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().intentOrGrossNegligence(true).build());

      // THEN
      assertEquals(Outcome.PAYABLE, a.outcome());
      assertEquals(List.of(compensation(cny("400.00")), feeRefund(cny("150.00"))), a.lines());
    }

    @Test
    void gross_negligence_does_not_change_the_delay_refund() {
      // GIVEN EX-18's parcel, delayed, with gross negligence established
      Claim claim = claim(ClaimType.DELAY, declaredEms("2.3"));

      // WHEN
      Assessment a =
          Carriers.emsInternational()
              .assess(claim, context().provedValue(cny("1000.00")).intentOrGrossNegligence(true).build());

      // THEN 50% × 150.00, as without it
      assertEquals(List.of(feeRefund(cny("75.00"))), a.lines());
    }

    @Test
    void refunds_half_the_postage_on_delay() {
      // GIVEN EX-18's parcel, delayed
      Claim claim = claim(ClaimType.DELAY, declaredEms("2.3"));

      // WHEN
      Assessment a = Carriers.emsInternational().assess(claim, context().build());

      // THEN 50% × 150.00
      assertEquals(List.of(feeRefund(cny("75.00"))), a.lines());
    }

    private io.parcelclaims.claim.Shipment.Builder declaredEms(String grossKg) {
      return international("CNY", "150.00", TransportMode.AIR, grossKg).statedValue(cny("1000.00"));
    }
  }

  @Nested
  class Yto {

    @Test
    void uninsured_loss_is_capped_at_300_per_waybill() {
      // GIVEN EX-04's uninsured parcel worth 780.00
      Claim claim = claim(ClaimType.LOSS, domestic("CNY", "18.00"));

      // WHEN
      Assessment a = Carriers.yto().assess(claim, context().provedValue(cny("780.00")).build());

      // THEN
      assertEquals(List.of(compensation(cny("300.00"))), a.lines());
      assertEquals(cny("780.00"), a.alternative().orElseThrow().total());
    }

    @Test
    void insured_loss_pays_the_insured_amount() {
      // GIVEN EX-01's insured parcel: I = V = 3,000.00
      Claim claim =
          claim(ClaimType.LOSS, domestic("CNY", "23.00").declaredValue(cny("3000.00")).insurancePremium(cny("9.00")));

      // WHEN
      Assessment a = Carriers.yto().assess(claim, context().provedValue(cny("3000.00")).build());

      // THEN
      assertEquals(List.of(compensation(cny("3000.00"))), a.lines());
    }
  }

  private static SettlementLine compensation(Money amount) {
    return SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, amount);
  }

  private static SettlementLine feeRefund(Money amount) {
    return SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, amount);
  }
}
