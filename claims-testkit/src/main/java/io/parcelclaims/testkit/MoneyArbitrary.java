package io.parcelclaims.testkit;

import io.parcelclaims.money.Money;
import io.parcelclaims.testkit.internal.MinorUnits;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Amounts of {@link Money} of zero or more, in the testkit's currencies or those chosen, narrowed by
 * bounds.
 *
 * <p>Amounts are made from a count of minor units, so each is exactly at its currency's scale (CNY
 * 2 decimals, JPY 0, KWD 3). Most are everyday amounts; one in twenty is beyond 2^53 minor units,
 * where a {@code double} can no longer hold the minor unit. Edge cases: the bounds, one minor unit,
 * the major-unit boundary (0.99, 1.00, 1.01), 0.10 and 0.30, and 2^53 + 1 minor units. Amounts
 * shrink towards the lower bound and currencies towards the first one allowed.
 *
 * <p>Each narrowing method returns a new arbitrary; this one is unchanged. A bound in money also
 * fixes the currency.
 *
 * @since 0.1.0
 */
public final class MoneyArbitrary extends ArbitraryDecorator<Money> {
  private final List<Currency> currencies;
  private final Money min;
  private final Money max;
  private final boolean positive;

  MoneyArbitrary(List<Currency> currencies, Money min, Money max, boolean positive) {
    this.currencies = List.copyOf(currencies);
    this.min = min;
    this.max = max;
    this.positive = positive;
  }

  /**
   * Amounts in one of these currencies only.
   *
   * @param allowed the currencies, each with a minor unit
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if none of them is allowed so far, or a bound is in another
   *     currency
   */
  public MoneyArbitrary inCurrency(Currency... allowed) {
    List<Currency> kept = Narrowing.keep("currency", currencies, List.of(allowed));
    return new MoneyArbitrary(kept, min, max, positive);
  }

  /**
   * Amounts in the currency with this ISO 4217 code only.
   *
   * @param code such as {@code "CNY"}
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if the code is unknown or the currency not allowed so far
   */
  public MoneyArbitrary inCurrency(String code) {
    return inCurrency(Currency.getInstance(code));
  }

  /**
   * Amounts of at least {@code bound}, in its currency.
   *
   * @param bound the smallest amount, zero or more
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if the bound is negative, above the upper bound or in a
   *     currency not allowed
   */
  public MoneyArbitrary atLeast(Money bound) {
    Objects.requireNonNull(bound, "bound");
    if (bound.isNegative()) {
      throw new IllegalArgumentException("the testkit generates amounts of zero or more, not from " + bound);
    }
    return bounded(bound, max);
  }

  /**
   * Amounts above {@code bound} (by at least one minor unit), in its currency.
   *
   * @param bound the amount to exceed
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if the bound is negative, not below the upper bound or in a
   *     currency not allowed
   */
  public MoneyArbitrary above(Money bound) {
    Objects.requireNonNull(bound, "bound");
    return atLeast(bound.plus(Money.ofMinor(bound.currency(), 1)));
  }

  /**
   * Amounts of at most {@code bound}, in its currency.
   *
   * @param bound the largest amount, zero or more
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if the bound is below the lower bound or in a currency not
   *     allowed
   */
  public MoneyArbitrary atMost(Money bound) {
    Objects.requireNonNull(bound, "bound");
    if (bound.isNegative()) {
      throw new IllegalArgumentException("the testkit generates amounts of zero or more, not up to " + bound);
    }
    return bounded(min, bound);
  }

  /**
   * Amounts from {@code low} to {@code high}, both in one currency.
   *
   * @param low the smallest amount, zero or more
   * @param high the largest amount, not below {@code low}
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if the bounds are negative, reversed or in a currency not
   *     allowed
   * @throws io.parcelclaims.money.CurrencyMismatchException if the bounds' currencies differ
   */
  public MoneyArbitrary between(Money low, Money high) {
    return atLeast(low).atMost(high);
  }

  /** {@return amounts above zero, in every currency allowed} */
  public MoneyArbitrary positive() {
    return new MoneyArbitrary(currencies, min, max, true);
  }

  /** {@return the currencies amounts are generated in, the first being the one shrunk towards} */
  public List<Currency> currencies() {
    return currencies;
  }

  /** Amounts in one currency, which must be allowed. */
  Arbitrary<Money> in(Currency currency) {
    if (!currencies.contains(currency)) {
      throw new IllegalArgumentException("amounts are narrowed to " + currencies + ", not " + currency);
    }
    int digits = currency.getDefaultFractionDigits();
    long low = Math.max(min == null ? 0 : minor(min), positive ? 1 : 0);
    long high = max == null ? Math.max(MinorUnits.DEFAULT_MAX, low) : minor(max);
    if (high < low) {
      throw new IllegalArgumentException("no amount above zero is at most " + max);
    }
    return MinorUnits.between(digits, low, high).map(units -> Money.ofMinor(currency, units));
  }

  @Override
  protected Arbitrary<Money> arbitrary() {
    if (currencies.size() == 1) {
      return in(currencies.get(0));
    }
    return ClaimArbitraries.currencies(currencies).flatMap(this::in);
  }

  private MoneyArbitrary bounded(Money low, Money high) {
    Money anyBound = low != null ? low : high;
    List<Currency> kept = Narrowing.keep("currency", currencies, List.of(anyBound.currency()));
    if (low != null && high != null && low.isGreaterThan(high)) {
      throw new IllegalArgumentException("lower bound " + low + " is above upper bound " + high);
    }
    return new MoneyArbitrary(kept, low, high, positive);
  }

  private static long minor(Money m) {
    BigDecimal units = m.amount().movePointRight(m.currency().getDefaultFractionDigits());
    return units.longValueExact();
  }
}
