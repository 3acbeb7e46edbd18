package io.parcelclaims.money;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in one currency, at the standard decimal places of that currency.
 *
 * <p>The scale always equals the currency's minor unit (CNY and USD 2, JPY 0, KWD 3): {@link #of}
 * pads a smaller scale (1.5 becomes 1.50) and refuses a larger one, so no fraction of a minor unit
 * ever exists. The amount is signed; non-negativity is a rule of the fields that need it. Operations
 * that can lose precision take a {@link RoundingMode}; operations across currencies throw
 * {@link CurrencyMismatchException}. Currencies without a minor unit (such as {@code XDR}, the SDR)
 * are refused: use {@link SdrAmount}. There is no {@code double} anywhere in this type.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {
  private static final Comparator<Money> ORDER = Comparator.comparing(Money::amount);

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Money of the given amount, padded to the currency's scale.
   *
   * @param currency the currency, which must have a minor unit
   * @param amount the amount, with at most the currency's decimal places
   * @return the money
   * @throws InvalidValueException if the currency has no minor unit or the amount has more decimal
   *     places than the currency allows
   */
  public static Money of(Currency currency, BigDecimal amount) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    int digits = minorUnit(currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > digits) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "amount",
                  "money.scale-too-large",
                  "has "
                      + amount.scale()
                      + " decimal places; "
                      + currency.getCurrencyCode()
                      + " allows "
                      + digits,
                  amount.toPlainString(),
                  currency.getCurrencyCode(),
                  digits)));
    }
    return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
  }

  /**
   * Money parsed from a decimal string, such as {@code of("CNY", "126.00")}.
   *
   * @param currencyCode ISO 4217 code
   * @param amount plain decimal text
   * @return the money
   * @throws InvalidValueException if the code is unknown, the text is not a decimal, or the scale
   *     is too large
   */
  public static Money of(String currencyCode, String amount) {
    return of(Parsing.currency("currency", currencyCode), Parsing.decimal("amount", amount));
  }

  /**
   * Money from a count of minor units, such as {@code ofMinor(CNY, 12600)} for 126.00.
   *
   * @param currency the currency
   * @param minorUnits the amount in minor units
   * @return the money
   */
  public static Money ofMinor(Currency currency, long minorUnits) {
    return of(currency, BigDecimal.valueOf(minorUnits, minorUnit(currency)));
  }

  /**
   * Zero in the given currency.
   *
   * @param currency the currency
   * @return zero at the currency's scale
   */
  public static Money zero(Currency currency) {
    return of(currency, BigDecimal.ZERO);
  }

  /**
   * The sum of several amounts in one currency.
   *
   * @param currency the currency, also the answer for an empty list
   * @param amounts the amounts
   * @return the total
   * @throws CurrencyMismatchException if an amount is in another currency
   */
  public static Money total(Currency currency, Iterable<Money> amounts) {
    Money sum = zero(currency);
    for (Money m : amounts) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /** {@return the amount, at the currency's scale} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the currency} */
  public Currency currency() {
    return currency;
  }

  /**
   * This plus {@code other}.
   *
   * @param other money in the same currency
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * This minus {@code other}.
   *
   * @param other money in the same currency
   * @return the difference, possibly negative
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * This multiplied by a decimal ratio, rounded once to the currency's scale.
   *
   * @param ratio any decimal, such as 0.4 or 7
   * @param mode how to round the exact product to the minor unit
   * @return the product
   * @throws ArithmeticException if rounding is needed and {@code mode} is {@code UNNECESSARY}
   */
  public Money multipliedBy(BigDecimal ratio, RoundingMode mode) {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(mode, "mode");
    return new Money(amount.multiply(ratio).setScale(amount.scale(), mode), currency);
  }

  /**
   * This multiplied by a whole number; exact, so no rounding mode is needed.
   *
   * @param factor the factor
   * @return the product
   */
  public Money multipliedBy(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /** {@return this amount with the opposite sign} */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /**
   * The smaller of this and {@code other}; this one when equal.
   *
   * @param other money in the same currency
   * @return the minimum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money min(Money other) {
    return isGreaterThan(other) ? other : this;
  }

  /**
   * The larger of this and {@code other}; this one when equal.
   *
   * @param other money in the same currency
   * @return the maximum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money max(Money other) {
    return isLessThan(other) ? other : this;
  }

  /**
   * Whether this is more than {@code other}.
   *
   * @param other money in the same currency
   * @return true if greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this is less than {@code other}.
   *
   * @param other money in the same currency
   * @return true if less
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** {@return whether the amount is above zero} */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Whether {@code other} is in the same currency.
   *
   * @param other any money
   * @return true if the currencies are equal
   */
  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  /**
   * Compares amounts in the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.equals(m.amount);
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.hashCode();
  }

  /** {@return the money as {@code CNY 126.00}} */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  private static int minorUnit(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "currency",
                  "money.no-minor-unit",
                  currency.getCurrencyCode()
                      + " has no minor unit; use SdrAmount for SDR and convert with a rate",
                  currency.getCurrencyCode())));
    }
    return digits;
  }
}
