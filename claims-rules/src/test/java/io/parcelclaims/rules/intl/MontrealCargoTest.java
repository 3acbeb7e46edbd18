package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.intl.IntlClaims.EX_10A_CARRIAGE;
import static io.parcelclaims.rules.intl.IntlClaims.SDR_RATE;
import static io.parcelclaims.rules.intl.IntlClaims.SHANGHAI;
import static io.parcelclaims.rules.intl.IntlClaims.byAir;
import static io.parcelclaims.rules.intl.IntlClaims.claim;
import static io.parcelclaims.rules.intl.IntlClaims.cny;
import static io.parcelclaims.rules.intl.IntlClaims.context;
import static io.parcelclaims.rules.intl.IntlClaims.damage;
import static io.parcelclaims.rules.intl.IntlClaims.withoutRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.money.CurrencyMismatchException;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.value.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Montreal Convention's cargo catalogue (docs/conventions.md): the limit by the date of carriage at each
 * boundary, the weight, the special declaration, delay, and the rate it needs. Figures are EX-10's
 * (3.4 kg, proved loss 15,000.00 CNY, 1 SDR = 9.7000 CNY) with the limits of docs/conventions.md.
 */
class MontrealCargoTest {
  private static final PolicyCatalogue MC99 = Conventions.montrealCargo();

  @Nested
  class LimitByDateOfCarriage {
    @ParameterizedTest(name = "carriage on {0}: {1} SDR/kg, version {2}, pays {3}")
    @CsvSource({
      // 17 SDR × 3.4 = 57.8 SDR × 9.7000 = 560.66; 19 → 626.62; 22 → 725.56; 26 → 857.48
      "2003-11-04, 17, 2003-11-04, 560.66",
      "2009-12-29, 17, 2003-11-04, 560.66",
      "2009-12-30, 19, 2009-12-30, 626.62",
      "2019-12-27, 19, 2009-12-30, 626.62",
      "2019-12-28, 22, 2019-12-28, 725.56",
      "2024-12-27, 22, 2019-12-28, 725.56",
      "2024-12-28, 26, 2024-12-28, 857.48"
    })
    void picks_the_limit_in_force_on_the_date_of_carriage(LocalDate carriage, String perKg, String version, String pays) {
      // GIVEN EX-10 carried on the day before or the day of a change
      Claim claim = claim(ClaimType.LOSS, byAir(carriage, "3.4", "CNY", "0.00"));

      // WHEN
      CompensationPolicy picked = MC99.governing(claim, SHANGHAI).orElseThrow();
      Assessment a = picked.assess(claim, context(claim).provedValue(cny("15000.00")).build());

      // THEN
      assertEquals(PolicyId.of("intl.mc99.cargo", version), picked.id());
      assertEquals(cny(pays), a.total());
      assertTrue(
          a.steps().stream()
              .anyMatch(s -> s.messageKey().equals("explain.intl.sdr-per-kg-gross")
                  && s.arguments().get(0).text().equals(perKg)),
          () -> "per-kg step with " + perKg + " SDR");
    }

    @Test
    void has_no_version_for_carriage_before_the_convention_entered_into_force_on_2003_11_04() {
      // GIVEN EX-10 carried on 2003-11-03
      Claim claim = claim(ClaimType.LOSS, byAir(LocalDate.of(2003, 11, 3), "3.4", "CNY", "0.00"));

      // WHEN / THEN
      assertEquals(Optional.empty(), MC99.governing(claim, SHANGHAI));
      assertEquals(LocalDate.of(2003, 11, 4), MC99.versions().get(0).period().from());
    }

    @Test
    void takes_the_date_of_carriage_in_the_assessment_zone() {
      // GIVEN accepted at 2024-12-27T20:00Z: still 2024-12-27 in UTC, already 2024-12-28 in Shanghai
      Claim claim =
          claim(
              ClaimType.LOSS,
              byAir(Instant.parse("2024-12-27T20:00:00Z"), "3.4", "CNY", "0.00"));

      // WHEN / THEN
      assertEquals("2024-12-28", MC99.governing(claim, SHANGHAI).orElseThrow().id().version());
      assertEquals("2019-12-28", MC99.governing(claim, ZoneOffset.UTC).orElseThrow().id().version());
    }

    @Test
    void a_version_refuses_carriage_outside_its_period_even_when_the_governing_date_is_inside() {
      // GIVEN carriage on 2024-12-01 (22 SDR) but a context governed by 2025-03-15 and the 26 SDR version
      Claim claim = claim(ClaimType.LOSS, byAir(LocalDate.of(2024, 12, 1), "3.4", "CNY", "0.00"));
      CompensationPolicy v2024 = MC99.inForceOn(EX_10A_CARRIAGE).orElseThrow();

      // WHEN / THEN
      assertThrows(
          IllegalArgumentException.class,
          () -> v2024.assess(claim, withoutRate(EX_10A_CARRIAGE).sdrRate(SDR_RATE).provedValue(cny("15000.00")).build()));
    }

    @Test
    void versions_follow_each_other_without_gap_and_the_last_is_open_ended() {
      // GIVEN / WHEN
      List<EffectivePeriod> periods = MC99.versions().stream().map(CompensationPolicy::period).toList();

      // THEN
      assertEquals(
          List.of(
              EffectivePeriod.between(LocalDate.of(2003, 11, 4), LocalDate.of(2009, 12, 30)),
              EffectivePeriod.between(LocalDate.of(2009, 12, 30), LocalDate.of(2019, 12, 28)),
              EffectivePeriod.between(LocalDate.of(2019, 12, 28), LocalDate.of(2024, 12, 28)),
              EffectivePeriod.from(LocalDate.of(2024, 12, 28))),
          periods);
    }

    @Test
    void a_carrier_can_move_a_date_with_its_own_revisions() {
      // GIVEN the 19 SDR limit from 2010-01-01, one of the dates a source names for it (docs/conventions.md)
      PolicyCatalogue moved =
          Conventions.montrealCargo(
              List.of(
                  new SdrLimitRevision(LocalDate.of(2003, 11, 4), SdrAmount.of("17")),
                  new SdrLimitRevision(LocalDate.of(2010, 1, 1), SdrAmount.of("19"))));
      Claim claim = claim(ClaimType.LOSS, byAir(LocalDate.of(2009, 12, 31), "3.4", "CNY", "0.00"));

      // WHEN
      CompensationPolicy picked = moved.governing(claim, SHANGHAI).orElseThrow();

      // THEN still 17 SDR/kg on 2009-12-31
      assertEquals("2003-11-04", picked.id().version());
      assertEquals(cny("560.66"), picked.assess(claim, context(claim).provedValue(cny("15000.00")).build()).total());
    }

    @Test
    void revisions_sharing_a_date_are_refused() {
      // GIVEN / WHEN / THEN
      List<SdrLimitRevision> twice =
          List.of(
              new SdrLimitRevision(LocalDate.of(2024, 12, 28), SdrAmount.of("22")),
              new SdrLimitRevision(LocalDate.of(2024, 12, 28), SdrAmount.of("26")));
      assertThrows(InvalidValueException.class, () -> Conventions.montrealCargo(twice));
      assertThrows(InvalidValueException.class, () -> new SdrLimitRevision(LocalDate.of(2024, 12, 28), SdrAmount.of("0")));
    }
  }

  @Nested
  class Liability {
    private final CompensationPolicy v2024 = MC99.inForceOn(EX_10A_CARRIAGE).orElseThrow();

    @Test
    void a_loss_below_the_limit_is_paid_in_full() {
      // GIVEN EX-10 (a) with a proved loss of 600.00 (EX-02's result) under the 857.48 limit
      Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

      // WHEN
      Assessment a = v2024.assess(claim, context(claim).provedValue(cny("600.00")).build());

      // THEN
      assertEquals(cny("600.00"), a.total());
      assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.cap-not-reached")));
    }

    @Test
    void delay_has_the_same_limit_on_the_assessed_loss() {
      // GIVEN EX-10 (a) delayed; the delay caused a loss of 15,000.00
      Claim claim = claim(ClaimType.DELAY, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

      // WHEN
      Assessment a = v2024.assess(claim, context(claim).assessedLoss(cny("15000.00")).build());

      // THEN 26 × 3.4 × 9.7000 = 857.48
      assertEquals(Outcome.PAYABLE, a.outcome());
      assertEquals(cny("857.48"), a.total());
    }

    @Test
    void partial_damage_is_limited_by_the_weight_of_the_whole_package() {
      // GIVEN EX-10 (a) partly damaged, assessed loss 1,500.00 (EX-02)
      Claim claim = damage(DamageExtent.PARTIAL, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

      // WHEN
      Assessment a = v2024.assess(claim, context(claim).assessedLoss(cny("1500.00")).build());

      // THEN min(1,500.00, 857.48): Art. 22(4), the package concerned
      assertEquals(cny("857.48"), a.total());
    }

    @Test
    void a_special_declaration_lifts_the_limit_to_the_declared_sum() {
      // GIVEN EX-10 (a) with a declared value of 3,000.00 and its premium 9.00 (EX-01)
      Claim claim =
          claim(
              ClaimType.LOSS,
              byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00").declaredValue(cny("3000.00")).insurancePremium(cny("9.00")));

      // WHEN
      Assessment a = v2024.assess(claim, context(claim).provedValue(cny("15000.00")).build());

      // THEN limit max(3,000.00, 857.48) = 3,000.00; min(15,000.00, 3,000.00)
      assertEquals(cny("3000.00"), a.total());
      assertEquals(
          List.of(
              "intl.mc99.cargo@2024-12-28",
              "intl.mc99.applies@2024-12-28",
              "intl.mc99.liability@2024-12-28",
              "intl.mc99.declared-sum-cap@2024-12-28",
              "intl.mc99.actual-loss@2024-12-28",
              "value.proved@2024-12-28",
              "intl.mc99.art26.declared-sum@2024-12-28",
              "value.insured@2024-12-28",
              "intl.mc99.per-kg-limit@2024-12-28"),
          a.ruleIds());
    }

    @Test
    void a_special_declaration_still_needs_the_sdr_rate_since_it_cannot_lower_the_per_kg_limit() {
      // GIVEN EX-10 (a) with a declared value and a context without a rate (rev. 2026-12, Art. 26:
      // before, the declared sum replaced the limit and no rate was needed)
      Claim claim =
          claim(
              ClaimType.LOSS,
              byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00").declaredValue(cny("3000.00")).insurancePremium(cny("9.00")));

      // WHEN / THEN
      assertThrows(
          IllegalArgumentException.class,
          () -> v2024.assess(claim, withoutRate(EX_10A_CARRIAGE).provedValue(cny("15000.00")).build()));
    }

    @Test
    void wilful_misconduct_or_gross_negligence_does_not_break_the_cargo_limit() {
      // GIVEN EX-10 (a) with wilful misconduct and gross negligence established (Art. 22(5))
      Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

      // WHEN
      Assessment a =
          v2024.assess(
              claim,
              context(claim).provedValue(cny("15000.00")).wilfulMisconduct(true).intentOrGrossNegligence(true).build());

      // THEN as EX-10 (a), with a step naming Art. 22(5)
      assertEquals(cny("857.48"), a.total());
      assertTrue(a.steps().stream().anyMatch(s -> s.messageKey().equals("explain.intl.mc99.art22-5-limit-stands")));
    }

    @Test
    void without_a_proved_value_it_asks_for_purchase_proof() {
      // GIVEN EX-10 (a) before the value is proved
      Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

      // WHEN
      Assessment a = v2024.assess(claim, context(claim).build());

      // THEN
      assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
      assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), a.missingEvidence());
    }
  }

  @Nested
  class Rates {
    private final CompensationPolicy v2024 = MC99.inForceOn(EX_10A_CARRIAGE).orElseThrow();
    private final Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

    @Test
    void a_missing_sdr_rate_is_refused_as_the_callers_omission() {
      // GIVEN a context without an SDR rate
      AssessmentContext ctx = withoutRate(EX_10A_CARRIAGE).provedValue(cny("15000.00")).build();

      // WHEN
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v2024.assess(claim, ctx));

      // THEN
      assertTrue(e.getMessage().contains("sdrRate"), e::getMessage);
    }

    @Test
    void an_sdr_rate_in_another_currency_is_a_currency_mismatch() {
      // GIVEN EX-10's rate figure, but quoted in USD for a CNY claim
      SdrRate usd = new SdrRate(Currency.getInstance("USD"), SDR_RATE.unitsPerSdr(), SDR_RATE.date());

      // WHEN / THEN
      assertThrows(
          CurrencyMismatchException.class,
          () -> v2024.assess(claim, withoutRate(EX_10A_CARRIAGE).sdrRate(usd).provedValue(cny("15000.00")).build()));
    }
  }
}
