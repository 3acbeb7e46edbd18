package io.parcelclaims.stored;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value in the stored form of an event: text, a plain decimal, an ISO date, an instant, an
 * ordered list, or a record of named fields. Nothing else reaches a store: no Java class names,
 * no hash-ordered collections, no binary numbers.
 *
 * @since 0.1.0
 */
public sealed interface StoredValue
    permits StoredValue.Text,
        StoredValue.Decimal,
        StoredValue.Date,
        StoredValue.Timestamp,
        StoredValue.Sequence,
        StoredRecord {

  /**
   * A string.
   *
   * @param value the text, possibly empty
   */
  record Text(String value) implements StoredValue {
    /** Requires the text. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A decimal written out in plain notation with its scale, so {@code 12.30} stays {@code 12.30}.
   *
   * @param text optional minus sign, digits, optionally a point and more digits
   */
  record Decimal(String text) implements StoredValue {
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /**
     * Validates the text.
     *
     * @throws StoredFormException if the text is not a plain decimal
     */
    public Decimal {
      Objects.requireNonNull(text, "text");
      if (!PLAIN.matcher(text).matches()) {
        throw new StoredFormException("not a plain decimal: \"" + text + "\"");
      }
    }

    /**
     * The stored form of a number, keeping its scale.
     *
     * @param value the number
     * @return the stored decimal
     */
    public static Decimal of(BigDecimal value) {
      return new Decimal(value.toPlainString());
    }

    /**
     * The stored form of a whole number.
     *
     * @param value the number
     * @return the stored decimal with scale 0
     */
    public static Decimal of(long value) {
      return new Decimal(Long.toString(value));
    }

    /** {@return the number, with the stored scale} */
    public BigDecimal value() {
      return new BigDecimal(text);
    }
  }

  /**
   * An ISO-8601 calendar date.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements StoredValue {
    /** Requires the date. */
    public Date {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An instant on the UTC time line, written in ISO-8601.
   *
   * @param value the instant
   */
  record Timestamp(Instant value) implements StoredValue {
    /** Requires the instant. */
    public Timestamp {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An ordered list of values.
   *
   * @param items the values, in order
   */
  record Sequence(List<StoredValue> items) implements StoredValue {
    /** Copies the items. */
    public Sequence {
      items = List.copyOf(items);
    }
  }
}
