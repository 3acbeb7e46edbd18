package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.intl.IntlClaims.EX_10A_CARRIAGE;
import static io.parcelclaims.rules.intl.IntlClaims.byAir;
import static io.parcelclaims.rules.intl.IntlClaims.claim;
import static io.parcelclaims.rules.intl.IntlClaims.cny;
import static io.parcelclaims.rules.intl.IntlClaims.context;
import static io.parcelclaims.rules.intl.IntlClaims.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.value.InvalidValueException;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Warsaw / Hague cargo limit (docs/conventions.md): 250 gold francs per kg, applied as a named,
 * overridable per-kg limit whose conversion is unverified. Inputs are EX-10's (3.4 kg by air,
 * proved loss 15,000.00, 1 SDR = 9.7000 CNY); the USD conversion reuses EX-10's 9.7000 as an
 * illustrative rate, since docs/conventions.md quotes no USD rate.
 */
class WarsawHagueTest {

  @Test
  void the_default_limit_is_map4s_17_sdr_per_kg() {
    // GIVEN EX-10 (a)'s air shipment under Warsaw
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

    // WHEN
    Assessment a = Conventions.warsawHague().assess(claim, context(claim).provedValue(cny("15000.00")).build());

    // THEN 17 × 3.4 = 57.8 SDR × 9.7000 = 560.66
    assertEquals(PolicyId.of("intl.warsaw.cargo", "hague-1955.sdr-17"), a.policy());
    assertEquals(cny("560.66"), a.total());
    assertEquals(
        List.of(
            "intl.warsaw.cargo@hague-1955.sdr-17",
            "intl.warsaw.applies@hague-1955.sdr-17",
            "intl.warsaw.liability@hague-1955.sdr-17",
            "intl.warsaw.weight-cap@hague-1955.sdr-17",
            "intl.warsaw.actual-loss@hague-1955.sdr-17",
            "value.proved@hague-1955.sdr-17",
            "intl.warsaw.per-kg-limit@hague-1955.sdr-17"),
        a.ruleIds());
  }

  @Test
  void usd_20_per_kg_on_a_usd_claim_needs_no_rate() {
    // GIVEN EX-10's 3.4 kg shipment invoiced in USD, proved value USD 300.00 (EX-17)
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "USD", "0.00"));
    CompensationPolicy usd20 = Conventions.warsawHague(Conventions.undatedPeriod(), Conventions.WARSAW_USD_20);

    // WHEN
    Assessment a =
        usd20.assess(
            claim,
            IntlClaims.withoutRate(EX_10A_CARRIAGE).provedValue(usd("300.00")).build());

    // THEN 20.00 × 3.4 = USD 68.00
    assertEquals(PolicyId.of("intl.warsaw.cargo", "hague-1955.usd-20.00"), a.policy());
    assertEquals(usd("68.00"), a.total());
  }

  @Test
  void usd_20_per_kg_on_a_cny_claim_converts_with_the_callers_exchange_rate_once() {
    // GIVEN EX-10 (a) in CNY and an illustrative rate of 1 USD = 9.7000 CNY
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));
    ExchangeRate usdCny =
        new ExchangeRate(Currency.getInstance("USD"), Currency.getInstance("CNY"), IntlClaims.SDR_RATE.unitsPerSdr(), EX_10A_CARRIAGE);

    // WHEN
    Assessment a =
        Conventions.warsawHague(Conventions.undatedPeriod(), Conventions.WARSAW_USD_20)
            .assess(claim, context(claim).addExchangeRates(usdCny).provedValue(cny("15000.00")).build());

    // THEN 20.00 × 3.4 = USD 68.000 × 9.7000 = 659.60
    assertEquals(cny("659.60"), a.total());
  }

  @Test
  void a_limit_in_another_currency_without_its_exchange_rate_is_refused() {
    // GIVEN EX-10 (a) in CNY and no USD rate
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));
    CompensationPolicy usd20 = Conventions.warsawHague(Conventions.undatedPeriod(), Conventions.WARSAW_USD_20);

    // WHEN / THEN
    assertThrows(IllegalArgumentException.class, () -> usd20.assess(claim, context(claim).provedValue(cny("15000.00")).build()));
  }

  @Test
  void the_limit_parameter_names_its_unit_and_refuses_zero() {
    // GIVEN / WHEN / THEN
    assertEquals("sdr-17", Conventions.WARSAW_MAP4_SDR_17.code());
    assertEquals("usd-20.00", Conventions.WARSAW_USD_20.code());
    assertEquals("SDR 17", Conventions.WARSAW_MAP4_SDR_17.toString());
    assertEquals(WarsawCargoLimit.inSdr(SdrAmount.of("17.0")), Conventions.WARSAW_MAP4_SDR_17);
    assertThrows(InvalidValueException.class, () -> WarsawCargoLimit.inSdr(SdrAmount.of("0")));
    assertThrows(InvalidValueException.class, () -> WarsawCargoLimit.inMoney(Money.of("USD", "0.00")));
  }
}
