package io.parcelclaims.message;

import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One argument of an explanation message or progress notice, from a small closed set of types so
 * that every renderer can show it: money, a decimal, a date, a count of days, a code, or a list of
 * codes that a renderer may show as localized terms.
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
   * A list of codes that a renderer may show as words, each looked up as the message key {@code
   * <prefix>.<code>} (such as {@code term.evidence.E04}). Its {@link #text()} is the codes themselves,
   * so a renderer that does not look terms up shows them as before.
   *
   * @param prefix the term key prefix, such as {@code term.evidence}; not blank, no trailing dot
   * @param codes the codes, in order
   * @return the argument
   * @throws IllegalArgumentException if the prefix is blank or ends with a dot
   */
  static MessageArg terms(String prefix, List<String> codes) {
    return new TermsArg(prefix, codes);
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

  /**
   * Codes shown as localized terms where a renderer looks them up, else as the codes separated by
   * {@code ", "}.
   *
   * @param prefix the term key prefix, such as {@code term.evidence}
   * @param codes the codes, in order
   */
  record TermsArg(String prefix, List<String> codes) implements MessageArg {
    /**
     * Checks the prefix and copies the codes.
     *
     * @throws IllegalArgumentException if the prefix is blank or ends with a dot
     */
    public TermsArg {
      Objects.requireNonNull(prefix, "prefix");
      if (prefix.isBlank() || prefix.endsWith(".")) {
        throw new IllegalArgumentException("a term prefix is not blank and has no trailing dot: \"" + prefix + "\"");
      }
      codes = List.copyOf(codes);
    }

    /**
     * The message key of one code's term.
     *
     * @param code the code
     * @return {@code <prefix>.<code>}
     */
    public String key(String code) {
      return prefix + "." + code;
    }

    @Override
    public String text() {
      return String.join(", ", codes);
    }
  }
}
