package io.parcelclaims.money;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** The text forms the money factories share: a currency code and a decimal, each named by field. */
final class Parsing {
  private Parsing() {}

  static Currency currency(String field, String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException(List.of(Violation.of(
          field, "money.unknown-currency", "is not an ISO 4217 currency code: " + code, String.valueOf(code))));
    }
  }

  static BigDecimal decimal(String field, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidValueException(List.of(Violation.of(
          field, "money.not-a-decimal", "is not a decimal number: " + text, String.valueOf(text))));
    }
  }
}
