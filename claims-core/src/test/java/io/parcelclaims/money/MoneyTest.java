package io.parcelclaims.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.value.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency KWD = Currency.getInstance("KWD");
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void of_pads_a_smaller_scale_to_the_minor_unit() {
    Money m = Money.of(CNY, new BigDecimal("1.5"));

    assertEquals(new BigDecimal("1.50"), m.amount());
    assertEquals(2, m.amount().scale());
  }

  @Test
  void of_keeps_each_currencys_own_scale() {
    assertEquals(0, Money.of(JPY, new BigDecimal("1200")).amount().scale());
    assertEquals(3, Money.of(KWD, new BigDecimal("1.2")).amount().scale());
  }

  @Test
  void of_refuses_more_decimal_places_than_the_currency_has() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Money.of(CNY, new BigDecimal("1.005")));

    assertEquals("amount", e.violations().get(0).path());
    assertEquals("has 3 decimal places; CNY allows 2", e.violations().get(0).message());
  }

  @Test
  void of_refuses_fractions_of_a_yen() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Money.of(JPY, new BigDecimal("10.5")));

    assertEquals("has 1 decimal places; JPY allows 0", e.violations().get(0).message());
  }

  @Test
  void of_accepts_trailing_zeros_beyond_the_scale() {
    assertEquals(Money.of(CNY, new BigDecimal("2.50")), Money.of(CNY, new BigDecimal("2.5000")));
  }

  @Test
  void of_refuses_sdr_because_it_has_no_minor_unit() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Money.of(Currency.getInstance("XDR"), BigDecimal.ONE));

    assertEquals("currency", e.violations().get(0).path());
  }

  @Test
  void parsing_an_unknown_currency_names_the_field() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("XYZ1", "1"));

    assertEquals("currency", e.violations().get(0).path());
    assertEquals("is not an ISO 4217 currency code: XYZ1", e.violations().get(0).message());
  }

  @Test
  void parsing_a_non_decimal_names_the_field() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("CNY", "12,5"));

    assertEquals("amount", e.violations().get(0).path());
    assertEquals("is not a decimal number: 12,5", e.violations().get(0).message());
  }

  @Test
  void arithmetic_across_currencies_names_both() {
    Money cny = Money.of("CNY", "1.00");
    Money usd = Money.of("USD", "1.00");

    CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> cny.plus(usd));

    assertEquals(CNY, e.firstCurrency());
    assertEquals(USD, e.secondCurrency());
    assertThrows(CurrencyMismatchException.class, () -> cny.minus(usd));
    assertThrows(CurrencyMismatchException.class, () -> cny.min(usd));
    assertThrows(CurrencyMismatchException.class, () -> cny.isGreaterThan(usd));
  }

  @Test
  void multiplying_rounds_once_with_the_named_mode() {
    Money fee = Money.of("CNY", "18.05");

    assertEquals(Money.of("CNY", "9.03"), fee.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP));
    assertEquals(Money.of("CNY", "9.02"), fee.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
    assertEquals(Money.of("CNY", "9.02"), fee.multipliedBy(new BigDecimal("0.5"), RoundingMode.DOWN));
    assertThrows(
        ArithmeticException.class,
        () -> fee.multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
  }

  @Test
  void seven_times_the_freight_is_exact() {
    assertEquals(Money.of("CNY", "126.00"), Money.of("CNY", "18.00").multipliedBy(7));
  }

  @Test
  void min_max_and_comparisons_read_as_english() {
    Money small = Money.of("CNY", "126.00");
    Money large = Money.of("CNY", "780.00");

    assertEquals(small, large.min(small));
    assertEquals(large, small.max(large));
    assertTrue(large.isGreaterThan(small));
    assertTrue(small.isLessThan(large));
    assertFalse(small.isZero());
    assertTrue(Money.zero(CNY).isZero());
    assertTrue(small.minus(large).isNegative());
  }

  @Test
  void total_of_nothing_is_zero_in_the_currency() {
    assertEquals(Money.zero(JPY), Money.total(JPY, List.of()));
    assertEquals(
        Money.of("CNY", "144.00"),
        Money.total(CNY, List.of(Money.of("CNY", "126.00"), Money.of("CNY", "18.00"))));
  }

  @Test
  void of_minor_counts_minor_units() {
    assertEquals(Money.of("CNY", "126.00"), Money.ofMinor(CNY, 12600));
    assertEquals(Money.of("KWD", "1.234"), Money.ofMinor(KWD, 1234));
  }

  @Test
  void prints_code_and_plain_amount() {
    assertEquals("CNY 126.00", Money.of("CNY", "126").toString());
  }

  @Test
  void sdr_converts_to_money_only_with_a_rate_and_rounds_once() {
    SdrAmount limit = SdrAmount.of("26").multipliedBy(new BigDecimal("3.4"));
    SdrRate rate = new SdrRate(CNY, new BigDecimal("9.7000"), LocalDate.of(2025, 3, 15));

    assertEquals(SdrAmount.of("88.4"), limit);
    assertEquals(Money.of("CNY", "857.48"), limit.toMoney(rate, RoundingMode.HALF_UP));
  }

  @Test
  void sdr_amounts_and_rates_refuse_bad_numbers() {
    InvalidValueException negative =
        assertThrows(InvalidValueException.class, () -> SdrAmount.of("-1"));
    InvalidValueException zeroRate =
        assertThrows(
            InvalidValueException.class,
            () -> new SdrRate(CNY, BigDecimal.ZERO, LocalDate.of(2025, 1, 1)));

    assertEquals("units", negative.violations().get(0).path());
    assertEquals("unitsPerSdr", zeroRate.violations().get(0).path());
    assertEquals("must be positive (was 0)", zeroRate.violations().get(0).message());
  }

  @Test
  // the rate is docs/conventions.md's illustrative "1 SDR = 9.7000 CNY", used for both kinds of rate
  void rates_take_currency_codes_as_money_does_and_name_the_malformed_field() {
    LocalDate day = LocalDate.of(2025, 3, 1);

    assertEquals(new SdrRate(Currency.getInstance("CNY"), new BigDecimal("9.7000"), day),
        SdrRate.of("CNY", "9.7000", day));
    assertEquals(new ExchangeRate(Currency.getInstance("USD"), Currency.getInstance("CNY"), new BigDecimal("9.7000"), day),
        ExchangeRate.of("USD", "CNY", "9.7000", day));
    assertEquals("currency", assertThrows(InvalidValueException.class,
        () -> SdrRate.of("XYZ1", "9.7000", day)).violations().get(0).path());
    assertEquals("unitsPerSdr", assertThrows(InvalidValueException.class,
        () -> SdrRate.of("CNY", "nine", day)).violations().get(0).path());
    assertEquals("unitsPerSdr", assertThrows(InvalidValueException.class,
        () -> SdrRate.of("CNY", "-1", day)).violations().get(0).path());
    assertEquals("to", assertThrows(InvalidValueException.class,
        () -> ExchangeRate.of("USD", "??", "9.7000", day)).violations().get(0).path());
    assertEquals("rate", assertThrows(InvalidValueException.class,
        () -> ExchangeRate.of("USD", "CNY", "9,7000", day)).violations().get(0).path());
  }
}
