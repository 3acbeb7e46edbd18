package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.intl.IntlClaims.EX_10A_CARRIAGE;
import static io.parcelclaims.rules.intl.IntlClaims.byAir;
import static io.parcelclaims.rules.intl.IntlClaims.byRoad;
import static io.parcelclaims.rules.intl.IntlClaims.claim;
import static io.parcelclaims.rules.intl.IntlClaims.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.CompensationPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the convention limits over weights and values: compensation is the lesser of the
 * loss and the per-kg limit converted once, never more than either, and a heavier parcel never gets
 * a lower limit; a declared value never lowers a payout, and a value stated for customs is no
 * declaration. The SDR rate is EX-10's illustrative 9.7000 CNY.
 */
class ConventionProperties {
  private static final CompensationPolicy MC99_2024 =
      Conventions.montrealCargo().inForceOn(EX_10A_CARRIAGE).orElseThrow();

  @Property
  void montreal_pays_the_lesser_of_the_loss_and_26_sdr_per_kg_converted_once(
      @ForAll("kilograms") BigDecimal kg, @ForAll("yuan") BigDecimal value) {
    // GIVEN
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, kg.toPlainString(), "CNY", "0.00"));
    Money loss = Money.of("CNY", value.toPlainString());

    // WHEN
    Assessment a = MC99_2024.assess(claim, context(claim).provedValue(loss).build());

    // THEN
    Money limit = SdrAmount.of("26").multipliedBy(kg).toMoney(IntlClaims.SDR_RATE, RoundingMode.HALF_UP);
    assertEquals(loss.min(limit), a.total());
  }

  @Property
  void cmr_total_loss_pays_at_most_the_limit_plus_the_charges(
      @ForAll("kilograms") BigDecimal kg, @ForAll("yuan") BigDecimal value, @ForAll("yuan") BigDecimal charges) {
    // GIVEN
    Claim claim = claim(ClaimType.LOSS, byRoad(EX_10A_CARRIAGE, kg.toPlainString(), "CNY", charges.toPlainString()));
    Money loss = Money.of("CNY", value.toPlainString());

    // WHEN
    Assessment a = Conventions.cmr().assess(claim, context(claim).provedValue(loss).build());

    // THEN
    Money limit = Conventions.CMR_SDR_PER_KG.multipliedBy(kg).toMoney(IntlClaims.SDR_RATE, RoundingMode.HALF_UP);
    Money fee = Money.of("CNY", charges.toPlainString());
    assertEquals(loss.min(limit).plus(fee), a.total());
    assertTrue(a.lines().stream().map(SettlementLine::amount).noneMatch(Money::isNegative));
  }

  @Property
  void a_heavier_parcel_never_gets_a_lower_montreal_payout(
      @ForAll("kilograms") BigDecimal kg, @ForAll("kilograms") BigDecimal more, @ForAll("yuan") BigDecimal value) {
    // GIVEN
    Money loss = Money.of("CNY", value.toPlainString());
    Claim light = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, kg.toPlainString(), "CNY", "0.00"));
    Claim heavy = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, kg.add(more).toPlainString(), "CNY", "0.00"));

    // WHEN
    Money lightPaid = MC99_2024.assess(light, context(light).provedValue(loss).build()).total();
    Money heavyPaid = MC99_2024.assess(heavy, context(heavy).provedValue(loss).build()).total();

    // THEN
    assertFalse(heavyPaid.isLessThan(lightPaid), () -> heavyPaid + " < " + lightPaid);
  }

  @Property
  void a_declaration_never_lowers_a_montreal_or_cmr_payout_and_a_stated_value_is_no_declaration(
      @ForAll("kilograms") BigDecimal kg, @ForAll("yuan") BigDecimal value, @ForAll("yuan") BigDecimal declared) {
    // GIVEN the same loss with and without a declared value (its premium zero), and with a value
    // stated for customs only (docs/conventions.md rev. 2026-12: Montreal Art. 22(3)/26, CMR Art. 23(6)/24)
    Money loss = Money.of("CNY", value.toPlainString());
    Money sum = Money.of("CNY", declared.toPlainString());
    Money zero = Money.of("CNY", "0.00");
    for (boolean air : new boolean[] {true, false}) {
      CompensationPolicy policy = air ? MC99_2024 : Conventions.cmr();
      Claim plain = claim(ClaimType.LOSS, shipment(air, kg));
      Claim withDeclaration = claim(ClaimType.LOSS, shipment(air, kg).declaredValue(sum).insurancePremium(zero));
      Claim withStatedValue = claim(ClaimType.LOSS, shipment(air, kg).statedValue(sum));

      // WHEN
      Money without = policy.assess(plain, context(plain).provedValue(loss).build()).total();
      Money with = policy.assess(withDeclaration, context(withDeclaration).provedValue(loss).build()).total();
      Money stated = policy.assess(withStatedValue, context(withStatedValue).provedValue(loss).build()).total();

      // THEN
      assertFalse(with.isLessThan(without), () -> with + " < " + without);
      assertEquals(loss.min(sum).max(without), with);
      assertEquals(without, stated);
    }
  }

  private static io.parcelclaims.claim.Shipment.Builder shipment(boolean air, BigDecimal kg) {
    return air
        ? byAir(EX_10A_CARRIAGE, kg.toPlainString(), "CNY", "0.00")
        : byRoad(EX_10A_CARRIAGE, kg.toPlainString(), "CNY", "0.00");
  }

  @Provide
  Arbitrary<BigDecimal> kilograms() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("1000")).ofScale(1);
  }

  @Provide
  Arbitrary<BigDecimal> yuan() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
  }
}
