package io.parcelclaims.internal;

import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects violations while a value is checked, then throws them all at once. */
public final class Checks {
  private final List<Violation> found = new ArrayList<>();

  /**
   * Records a violation.
   *
   * @param path attribute path
   * @param key message key
   * @param message English text
   * @param arguments key parameters
   * @return this
   */
  public Checks add(String path, String key, String message, Object... arguments) {
    found.add(Violation.of(path, key, message, arguments));
    return this;
  }

  /**
   * Records violations found elsewhere, placed under {@code prefix}.
   *
   * @param prefix parent path
   * @param violations nested violations
   * @return this
   */
  public Checks addUnder(String prefix, List<Violation> violations) {
    violations.forEach(v -> found.add(v.under(prefix)));
    return this;
  }

  /**
   * Records a violation when {@code amount} is below zero.
   *
   * @param path attribute path
   * @param amount the amount, may be null (then nothing is checked)
   * @return this
   */
  public Checks nonNegative(String path, Money amount) {
    if (amount != null && amount.isNegative()) {
      add(path, "value.must-not-be-negative", "must not be negative (was " + amount + ")", amount);
    }
    return this;
  }

  /**
   * Records a violation when {@code text} is blank.
   *
   * @param path attribute path
   * @param text the text, may be null (then nothing is checked)
   * @return this
   */
  public Checks notBlank(String path, String text) {
    if (text != null && text.isBlank()) {
      add(path, "value.must-not-be-blank", "must not be blank");
    }
    return this;
  }

  /** {@return the violations recorded so far} */
  public List<Violation> violations() {
    return List.copyOf(found);
  }

  /** {@return whether nothing was recorded} */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Throws every recorded violation in one exception, or returns when there is none.
   *
   * @throws InvalidValueException if any violation was recorded
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidValueException(found);
    }
  }
}
