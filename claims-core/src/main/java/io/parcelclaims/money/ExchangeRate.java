package io.parcelclaims.money;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * How many units of one currency buy one unit of another on a date, as supplied by the caller.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate units of {@code to} per unit of {@code from}; positive
 * @param date the date the rate is for
 * @since 0.1.0
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate date) {

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if the rate is not positive
   */
  public ExchangeRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(date, "date");
    if (rate.signum() <= 0) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "rate",
                  "value.must-be-positive",
                  "must be positive (was " + rate.toPlainString() + ")",
                  rate.toPlainString())));
    }
  }

  /**
   * A rate from text, as {@link Money#of(String, String)} takes money: {@code of("USD", "CNY",
   * "9.7000", date)}.
   *
   * @param fromCode ISO 4217 code converted from
   * @param toCode ISO 4217 code converted to
   * @param rate plain decimal text, positive
   * @param date the date the rate is for
   * @return the rate
   * @throws InvalidValueException naming {@code from}, {@code to} or {@code rate} when malformed
   * @since 0.2.0
   */
  public static ExchangeRate of(String fromCode, String toCode, String rate, LocalDate date) {
    return new ExchangeRate(Parsing.currency("from", fromCode), Parsing.currency("to", toCode),
        Parsing.decimal("rate", rate), date);
  }

  /**
   * Converts money in {@link #from()} to {@link #to()}, rounding once.
   *
   * @param amount money in {@code from}
   * @param mode rounding to the target's minor unit
   * @return money in {@code to}
   * @throws CurrencyMismatchException if {@code amount} is not in {@code from}
   */
  public Money convert(Money amount, RoundingMode mode) {
    if (!amount.currency().equals(from)) {
      throw new CurrencyMismatchException(from, amount.currency());
    }
    return Money.of(to, amount.amount().multiply(rate).setScale(to.getDefaultFractionDigits(), mode));
  }
}
