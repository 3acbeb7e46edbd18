package io.parcelclaims.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("CNY", "USD", "JPY", "KWD", "EUR", "HKD").map(Currency::getInstance);
  }

  /** Three amounts in one currency, with minor-unit values up to 10^15 (beyond double's exactness). */
  @Provide
  Arbitrary<Money[]> triples() {
    return currencies()
        .flatMap(
            c -> {
              Arbitrary<Money> m =
                  Arbitraries.longs()
                      .between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
                      .map(minor -> Money.ofMinor(c, minor));
              return Combinators.combine(m, m, m).as((a, b, d) -> new Money[] {a, b, d});
            });
  }

  @Property
  void addition_is_commutative_within_one_currency(@ForAll("triples") Money[] m) {
    assertEquals(m[0].plus(m[1]), m[1].plus(m[0]));
  }

  @Property
  void addition_is_associative_within_one_currency(@ForAll("triples") Money[] m) {
    assertEquals(m[0].plus(m[1]).plus(m[2]), m[0].plus(m[1].plus(m[2])));
  }

  @Property
  void results_keep_the_currencys_scale(
      @ForAll("triples") Money[] m,
      @ForAll("ratios") BigDecimal ratio,
      @ForAll RoundingMode mode) {
    int scale = m[0].currency().getDefaultFractionDigits();
    if (mode == RoundingMode.UNNECESSARY) {
      mode = RoundingMode.HALF_UP;
    }

    assertEquals(scale, m[0].plus(m[1]).amount().scale());
    assertEquals(scale, m[0].minus(m[1]).amount().scale());
    assertEquals(scale, m[0].multipliedBy(ratio, mode).amount().scale());
    assertEquals(scale, m[0].multipliedBy(7).amount().scale());
  }

  @Property
  void mixed_currencies_are_rejected(
      @ForAll("currencies") Currency a, @ForAll("currencies") Currency b, @ForAll long minor) {
    net.jqwik.api.Assume.that(!a.equals(b));
    Money x = Money.ofMinor(a, minor);
    Money y = Money.ofMinor(b, minor);

    assertThrows(CurrencyMismatchException.class, () -> x.plus(y));
    assertThrows(CurrencyMismatchException.class, () -> x.compareTo(y));
  }

  @Property
  void rounding_follows_the_named_mode(
      @ForAll("triples") Money[] m, @ForAll("ratios") BigDecimal ratio, @ForAll RoundingMode mode) {
    BigDecimal exact = m[0].amount().multiply(ratio);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(m[0].amount().scale());
    if (mode == RoundingMode.UNNECESSARY) {
      boolean representable = exact.stripTrailingZeros().scale() <= m[0].amount().scale();
      if (!representable) {
        assertThrows(ArithmeticException.class, () -> m[0].multipliedBy(ratio, RoundingMode.UNNECESSARY));
        return;
      }
    }

    BigDecimal rounded = m[0].multipliedBy(ratio, mode).amount();

    BigDecimal error = rounded.subtract(exact);
    assertTrue(error.abs().compareTo(unit) < 0, "within one minor unit");
    switch (mode) {
      case FLOOR -> assertTrue(error.signum() <= 0);
      case CEILING -> assertTrue(error.signum() >= 0);
      case DOWN -> assertTrue(rounded.abs().compareTo(exact.abs()) <= 0);
      case UP -> assertTrue(rounded.abs().compareTo(exact.abs()) >= 0);
      case UNNECESSARY -> assertEquals(0, error.signum());
      default -> assertTrue(error.abs().multiply(BigDecimal.valueOf(2)).compareTo(unit) <= 0, "half way at most");
    }
  }

  @Provide
  Arbitrary<BigDecimal> ratios() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("10"))
        .ofScale(4)
        .edgeCases(c -> c.add(new BigDecimal("0.5")).add(new BigDecimal("0.3333")));
  }
}
