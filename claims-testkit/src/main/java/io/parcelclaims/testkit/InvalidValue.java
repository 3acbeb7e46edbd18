package io.parcelclaims.testkit;

import java.util.List;
import java.util.function.Supplier;

/**
 * Bad input to one of the SDK's value factories or builders, such as {@code Money.of("JPY",
 * "1.5")}, with the field paths the {@link io.parcelclaims.value.InvalidValueException} must name.
 *
 * <p>{@link #attempt()} makes the value again on each call; for correct validation it always throws.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InvalidValue {
  private final String description;
  private final List<String> expectedPaths;
  private final Supplier<Object> attempt;

  InvalidValue(String description, List<String> expectedPaths, Supplier<Object> attempt) {
    this.description = description;
    this.expectedPaths = List.copyOf(expectedPaths);
    this.attempt = attempt;
  }

  /** {@return what is attempted and what is wrong with it} */
  public String description() {
    return description;
  }

  /** {@return the field paths the exception must name, at least one} */
  public List<String> expectedPaths() {
    return expectedPaths;
  }

  /**
   * Tries to make the value.
   *
   * @return the value, only if validation wrongly accepted the input
   * @throws io.parcelclaims.value.InvalidValueException when validation rejects it, as it should
   */
  public Object attempt() {
    return attempt.get();
  }

  /** {@return the description and the paths that must be named} */
  @Override
  public String toString() {
    return description + " (must name " + expectedPaths + ")";
  }
}
