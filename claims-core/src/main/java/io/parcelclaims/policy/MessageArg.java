package io.parcelclaims.policy;

import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One argument of an explanation message, from a small closed set of types so that every renderer
 * can show it: money, a decimal, a date, a count of days, or a code.
 *
 * @since 0.1.0
 */
public sealed interface MessageArg {

  /** {@return the argument as locale-neutral text, as renderers insert it} */
  String text();

  /**
   * A money argument.
   *
   * @param value the money
   * @return the argument
   */
  static MessageArg money(Money value) {
    return new MoneyArg(value);
  }

  /**
   * A decimal argument, such as a ratio or a multiple.
   *
   * @param value the decimal
   * @return the argument
   */
  static MessageArg decimal(BigDecimal value) {
    return new DecimalArg(value);
  }

  /**
   * A date argument.
   *
   * @param value the date
   * @return the argument
   */
  static MessageArg date(LocalDate value) {
    return new DateArg(value);
  }

  /**
   * A count of days.
   *
   * @param value the count
   * @return the argument
   */
  static MessageArg days(long value) {
    return new DaysArg(value);
  }

  /**
   * A code, such as a denial reason or an evidence kind.
   *
   * @param value the code
   * @return the argument
   */
  static MessageArg code(String value) {
    return new CodeArg(value);
  }

  /**
   * Money, shown as {@code CNY 126.00}.
   *
   * @param value the money
   */
  record MoneyArg(Money value) implements MessageArg {
    /** Checks the value is present. */
    public MoneyArg {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toString();
    }
  }

  /**
   * A decimal, shown in plain notation.
   *
   * @param value the decimal
   */
  record DecimalArg(BigDecimal value) implements MessageArg {
    /** Checks the value is present. */
    public DecimalArg {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toPlainString();
    }
  }

  /**
   * A date, shown as ISO-8601.
   *
   * @param value the date
   */
  record DateArg(LocalDate value) implements MessageArg {
    /** Checks the value is present. */
    public DateArg {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toString();
    }
  }

  /**
   * A count of days.
   *
   * @param value the count
   */
  record DaysArg(long value) implements MessageArg {
    @Override
    public String text() {
      return Long.toString(value);
    }
  }

  /**
   * A code.
   *
   * @param value the code
   */
  record CodeArg(String value) implements MessageArg {
    /** Checks the value is present. */
    public CodeArg {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }
  }
}
