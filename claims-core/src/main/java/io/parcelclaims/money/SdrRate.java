package io.parcelclaims.money;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * The value of one SDR in a national currency on a date, as supplied by the caller.
 *
 * <p>The SDK never looks rates up: the Montreal Convention converts at the date of judgement, CMR at
 * the date of judgement or one agreed by the parties, and a carrier settling out of court picks its
 * settlement date (docs/reading.md).
 *
 * @param currency the national currency, with a minor unit
 * @param unitsPerSdr how many units of {@code currency} one SDR is worth; positive
 * @param date the date the rate is for
 * @since 0.1.0
 */
public record SdrRate(Currency currency, BigDecimal unitsPerSdr, LocalDate date) {

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if the rate is not positive or the currency has no minor unit
   */
  public SdrRate {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(unitsPerSdr, "unitsPerSdr");
    Objects.requireNonNull(date, "date");
    if (unitsPerSdr.signum() <= 0) {
      throw new InvalidValueException(
          java.util.List.of(
              Violation.of(
                  "unitsPerSdr",
                  "value.must-be-positive",
                  "must be positive (was " + unitsPerSdr.toPlainString() + ")",
                  unitsPerSdr.toPlainString())));
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw new InvalidValueException(
          java.util.List.of(
              Violation.of(
                  "currency",
                  "money.no-minor-unit",
                  currency.getCurrencyCode() + " has no minor unit",
                  currency.getCurrencyCode())));
    }
  }

  /**
   * A rate from text, as {@link Money#of(String, String)} takes money: {@code of("CNY", "9.7000",
   * date)}.
   *
   * @param currencyCode ISO 4217 code of the national currency
   * @param unitsPerSdr plain decimal text, positive
   * @param date the date the rate is for
   * @return the rate
   * @throws InvalidValueException naming {@code currency} or {@code unitsPerSdr} when either is malformed
   * @since 0.2.0
   */
  public static SdrRate of(String currencyCode, String unitsPerSdr, LocalDate date) {
    return new SdrRate(Parsing.currency("currency", currencyCode), Parsing.decimal("unitsPerSdr", unitsPerSdr), date);
  }
}
