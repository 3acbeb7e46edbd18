package io.parcelclaims.stored;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An ordered record of named fields in the stored form. Field order is the order of writing and is
 * kept everywhere, so the same event always has the same stored form. An absent optional value is
 * an absent field. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StoredRecord implements StoredValue {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");
  private static final StoredRecord EMPTY = new StoredRecord(List.of());

  private final List<Field> fields;

  private StoredRecord(List<Field> fields) {
    this.fields = List.copyOf(fields);
  }

  /**
   * One named field.
   *
   * @param name lower camel case, 1 to 64 letters and digits
   * @param value the value
   */
  public record Field(String name, StoredValue value) {
    /**
     * Validates the name.
     *
     * @throws StoredFormException if the name is malformed
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!NAME.matcher(name).matches()) {
        throw new StoredFormException(
            "field name must be lower camel case letters and digits (was \"" + name + "\")");
      }
    }
  }

  /** {@return the record with no fields} */
  public static StoredRecord empty() {
    return EMPTY;
  }

  /**
   * A record of the given fields, in order.
   *
   * @param fields the fields, names unique
   * @return the record
   * @throws StoredFormException if a name repeats
   */
  public static StoredRecord of(List<Field> fields) {
    Builder builder = builder();
    fields.forEach(f -> builder.put(f.name(), f.value()));
    return builder.build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the fields, in order} */
  public List<Field> fields() {
    return fields;
  }

  /** {@return the field names, in order} */
  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  /**
   * The value of a field.
   *
   * @param name the field name
   * @return its value, or empty when the field is absent
   */
  public Optional<StoredValue> find(String name) {
    for (Field field : fields) {
      if (field.name().equals(name)) {
        return Optional.of(field.value());
      }
    }
    return Optional.empty();
  }

  /**
   * The value of a field that must be present.
   *
   * @param name the field name
   * @return its value
   * @throws StoredFormException if the field is absent
   */
  public StoredValue get(String name) {
    return find(name).orElseThrow(() -> new StoredFormException(name + ": missing"));
  }

  /**
   * A text field.
   *
   * @param name the field name
   * @return the text
   * @throws StoredFormException if absent or not text
   */
  public String text(String name) {
    return as(name, get(name), StoredValue.Text.class).value();
  }

  /**
   * An optional text field.
   *
   * @param name the field name
   * @return the text, or empty when absent
   * @throws StoredFormException if present and not text
   */
  public Optional<String> optionalText(String name) {
    return find(name).map(v -> as(name, v, StoredValue.Text.class).value());
  }

  /**
   * A decimal field.
   *
   * @param name the field name
   * @return the number with its stored scale
   * @throws StoredFormException if absent or not a decimal
   */
  public BigDecimal decimal(String name) {
    return as(name, get(name), StoredValue.Decimal.class).value();
  }

  /**
   * An optional decimal field.
   *
   * @param name the field name
   * @return the number, or empty when absent
   * @throws StoredFormException if present and not a decimal
   */
  public Optional<BigDecimal> optionalDecimal(String name) {
    return find(name).map(v -> as(name, v, StoredValue.Decimal.class).value());
  }

  /**
   * A whole-number field that fits an {@code int}.
   *
   * @param name the field name
   * @return the number
   * @throws StoredFormException if absent, not a decimal, or not a whole {@code int}
   */
  public int integer(String name) {
    BigDecimal value = decimal(name);
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new StoredFormException(name + ": not a whole number in int range (was " + value + ")", e);
    }
  }

  /**
   * A date field.
   *
   * @param name the field name
   * @return the date
   * @throws StoredFormException if absent or not a date
   */
  public LocalDate date(String name) {
    return as(name, get(name), StoredValue.Date.class).value();
  }

  /**
   * An optional date field.
   *
   * @param name the field name
   * @return the date, or empty when absent
   * @throws StoredFormException if present and not a date
   */
  public Optional<LocalDate> optionalDate(String name) {
    return find(name).map(v -> as(name, v, StoredValue.Date.class).value());
  }

  /**
   * An instant field.
   *
   * @param name the field name
   * @return the instant
   * @throws StoredFormException if absent or not an instant
   */
  public Instant instant(String name) {
    return as(name, get(name), StoredValue.Timestamp.class).value();
  }

  /**
   * An optional instant field.
   *
   * @param name the field name
   * @return the instant, or empty when absent
   * @throws StoredFormException if present and not an instant
   */
  public Optional<Instant> optionalInstant(String name) {
    return find(name).map(v -> as(name, v, StoredValue.Timestamp.class).value());
  }

  /**
   * A list field.
   *
   * @param name the field name
   * @return the items, in order
   * @throws StoredFormException if absent or not a list
   */
  public List<StoredValue> list(String name) {
    return as(name, get(name), StoredValue.Sequence.class).items();
  }

  /**
   * A list field whose items are all records.
   *
   * @param name the field name
   * @return the records, in order
   * @throws StoredFormException if absent, not a list, or an item is not a record
   */
  public List<StoredRecord> records(String name) {
    List<StoredValue> items = list(name);
    List<StoredRecord> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(as(name + "[" + i + "]", items.get(i), StoredRecord.class));
    }
    return out;
  }

  /**
   * A list field whose items are all text.
   *
   * @param name the field name
   * @return the texts, in order
   * @throws StoredFormException if absent, not a list, or an item is not text
   */
  public List<String> texts(String name) {
    List<StoredValue> items = list(name);
    List<String> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(as(name + "[" + i + "]", items.get(i), StoredValue.Text.class).value());
    }
    return out;
  }

  /**
   * A nested record field.
   *
   * @param name the field name
   * @return the record
   * @throws StoredFormException if absent or not a record
   */
  public StoredRecord record(String name) {
    return as(name, get(name), StoredRecord.class);
  }

  /**
   * An optional nested record field.
   *
   * @param name the field name
   * @return the record, or empty when absent
   * @throws StoredFormException if present and not a record
   */
  public Optional<StoredRecord> optionalRecord(String name) {
    return find(name).map(v -> as(name, v, StoredRecord.class));
  }

  /**
   * This record with a field set: replaced where it stands, or added at the end. For upcasters.
   *
   * @param name the field name
   * @param value the value
   * @return the changed record
   */
  public StoredRecord with(String name, StoredValue value) {
    Field added = new Field(name, value);
    List<Field> out = new ArrayList<>(fields);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).name().equals(name)) {
        out.set(i, added);
        return new StoredRecord(out);
      }
    }
    out.add(added);
    return new StoredRecord(out);
  }

  /**
   * This record without a field. For upcasters.
   *
   * @param name the field name
   * @return the record without it; this record when absent
   */
  public StoredRecord without(String name) {
    return new StoredRecord(fields.stream().filter(f -> !f.name().equals(name)).toList());
  }

  /**
   * This record with a field renamed where it stands. For upcasters.
   *
   * @param from the present name
   * @param to the new name, not already used
   * @return the changed record
   * @throws StoredFormException if {@code from} is absent or {@code to} is taken
   */
  public StoredRecord renamed(String from, String to) {
    StoredValue value = get(from);
    if (find(to).isPresent()) {
      throw new StoredFormException(to + ": already present, cannot rename " + from + " to it");
    }
    return new StoredRecord(
        fields.stream().map(f -> f.name().equals(from) ? new Field(to, value) : f).toList());
  }

  private static <T extends StoredValue> T as(String name, StoredValue value, Class<T> kind) {
    if (!kind.isInstance(value)) {
      throw new StoredFormException(
          name + ": expected " + kindName(kind) + " but was " + kindName(value.getClass()));
    }
    return kind.cast(value);
  }

  static String kindName(Class<?> kind) {
    if (kind == StoredValue.Text.class) {
      return "text";
    } else if (kind == StoredValue.Decimal.class) {
      return "decimal";
    } else if (kind == StoredValue.Date.class) {
      return "date";
    } else if (kind == StoredValue.Timestamp.class) {
      return "instant";
    } else if (kind == StoredValue.Sequence.class) {
      return "list";
    }
    return "record";
  }

  /**
   * Whether {@code other} has equal fields in the same order.
   *
   * @param other any object
   * @return true for an equal record
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof StoredRecord that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** {@return the field names, never the values, which may hold references to people} */
  @Override
  public String toString() {
    return "StoredRecord" + names();
  }

  /** Builds a {@link StoredRecord} field by field, in writing order. */
  public static final class Builder {
    private final List<Field> fields = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a field.
     *
     * @param name the field name, not already used
     * @param value the value
     * @return this builder
     * @throws StoredFormException if the name is malformed or already used
     */
    public Builder put(String name, StoredValue value) {
      for (Field field : fields) {
        if (field.name().equals(name)) {
          throw new StoredFormException(name + ": written twice");
        }
      }
      fields.add(new Field(name, value));
      return this;
    }

    /**
     * Adds a field when the value is present.
     *
     * @param name the field name
     * @param value the value, possibly empty
     * @param form turns the value into its stored form
     * @param <T> the value type
     * @return this builder
     */
    public <T> Builder putIfPresent(
        String name, Optional<T> value, Function<? super T, ? extends StoredValue> form) {
      value.ifPresent(v -> put(name, form.apply(v)));
      return this;
    }

    /**
     * Adds a text field.
     *
     * @param name the field name
     * @param value the text
     * @return this builder
     */
    public Builder text(String name, String value) {
      return put(name, new StoredValue.Text(value));
    }

    /**
     * Adds a decimal field, keeping the scale.
     *
     * @param name the field name
     * @param value the number
     * @return this builder
     */
    public Builder decimal(String name, BigDecimal value) {
      return put(name, StoredValue.Decimal.of(value));
    }

    /**
     * Adds a whole-number field.
     *
     * @param name the field name
     * @param value the number
     * @return this builder
     */
    public Builder integer(String name, long value) {
      return put(name, StoredValue.Decimal.of(value));
    }

    /**
     * Adds a date field.
     *
     * @param name the field name
     * @param value the date
     * @return this builder
     */
    public Builder date(String name, LocalDate value) {
      return put(name, new StoredValue.Date(value));
    }

    /**
     * Adds an instant field.
     *
     * @param name the field name
     * @param value the instant
     * @return this builder
     */
    public Builder instant(String name, Instant value) {
      return put(name, new StoredValue.Timestamp(value));
    }

    /**
     * Adds a list field.
     *
     * @param name the field name
     * @param items the items, in order
     * @return this builder
     */
    public Builder list(String name, List<? extends StoredValue> items) {
      return put(name, new StoredValue.Sequence(List.copyOf(items)));
    }

    /**
     * Adds a list of texts.
     *
     * @param name the field name
     * @param items the texts, in order
     * @return this builder
     */
    public Builder texts(String name, List<String> items) {
      return list(name, items.stream().map(StoredValue.Text::new).toList());
    }

    /**
     * Adds a nested record field.
     *
     * @param name the field name
     * @param value the record
     * @return this builder
     */
    public Builder record(String name, StoredRecord value) {
      return put(name, value);
    }

    /** {@return the record} */
    public StoredRecord build() {
      return new StoredRecord(fields);
    }
  }
}
