package io.parcelclaims.money;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * An amount of Special Drawing Rights (SDR, ISO 4217 {@code XDR}), the unit of account of the
 * Montreal, Warsaw and CMR conventions.
 *
 * <p>SDR has no minor unit ({@code java.util.Currency} reports -1 fraction digits for XDR), so an
 * SDR amount keeps whatever exact scale its arithmetic produced (26 SDR/kg × 3.4 kg = 88.4 SDR) and
 * becomes {@link Money} only through {@link #toMoney} with a rate passed in by the caller. Never
 * negative. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SdrAmount implements Comparable<SdrAmount> {
  private final BigDecimal units;

  private SdrAmount(BigDecimal units) {
    this.units = units;
  }

  /**
   * An SDR amount.
   *
   * @param units the number of SDR, zero or more, at any scale
   * @return the amount
   * @throws InvalidValueException if {@code units} is negative
   */
  public static SdrAmount of(BigDecimal units) {
    Objects.requireNonNull(units, "units");
    if (units.signum() < 0) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "units",
                  "value.must-not-be-negative",
                  "must not be negative (was " + units.toPlainString() + ")",
                  units.toPlainString())));
    }
    return new SdrAmount(units);
  }

  /**
   * An SDR amount from text, such as {@code of("8.33")}.
   *
   * @param units decimal text
   * @return the amount
   */
  public static SdrAmount of(String units) {
    return of(new BigDecimal(units));
  }

  /** {@return the number of SDR, exact} */
  public BigDecimal units() {
    return units;
  }

  /**
   * This amount multiplied exactly by a non-negative factor (a weight in kg, say).
   *
   * @param factor zero or more
   * @return the exact product
   */
  public SdrAmount multipliedBy(BigDecimal factor) {
    return of(units.multiply(factor));
  }

  /**
   * This amount in a national currency, rounded once to the currency's minor unit.
   *
   * @param rate units of the target currency per SDR, with its date
   * @param mode rounding of the exact product
   * @return the money in {@code rate.currency()}
   */
  public Money toMoney(SdrRate rate, RoundingMode mode) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(mode, "mode");
    int digits = rate.currency().getDefaultFractionDigits();
    return Money.of(rate.currency(), units.multiply(rate.unitsPerSdr()).setScale(digits, mode));
  }

  @Override
  public int compareTo(SdrAmount other) {
    return units.compareTo(other.units);
  }

  /** Equal when the numbers are equal, whatever their scale (88.4 equals 88.40). */
  @Override
  public boolean equals(Object o) {
    return o instanceof SdrAmount s && units.compareTo(s.units) == 0;
  }

  @Override
  public int hashCode() {
    return units.stripTrailingZeros().hashCode();
  }

  /** {@return the amount as {@code SDR 88.4}} */
  @Override
  public String toString() {
    return "SDR " + units.toPlainString();
  }
}
