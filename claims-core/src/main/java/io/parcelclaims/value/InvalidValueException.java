package io.parcelclaims.value;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value cannot be built; lists every {@link Violation} found, not only the first.
 *
 * <p>Every way of making a value (its builder, {@code of}, {@code parse}, {@code with*} copies and
 * the claim intake) reports bad input with this one type, so an intake form can show all problems
 * at once. Nothing half-built escapes: when this is thrown no value was made.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Stable key for an attribute that is required but was not given. */
  public static final String MISSING = "value.missing";

  private final transient List<Violation> violations;

  /**
   * An exception listing the given violations.
   *
   * @param violations at least one violation
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(List<Violation> violations) {
    super(render(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * An exception for required attributes that were not set, one violation each.
   *
   * <p>This is the constructor the generated builders call with the names of missing attributes.
   *
   * @param missingAttributes attribute names
   */
  public InvalidValueException(String... missingAttributes) {
    this(
        Arrays.stream(missingAttributes)
            .map(name -> Violation.of(name, MISSING, "is required"))
            .toList());
  }

  /** {@return every violation, in the order found; never empty} */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * This exception's violations with their paths placed under {@code prefix}.
   *
   * @param prefix the parent path
   * @return the prefixed violations
   */
  public List<Violation> violationsUnder(String prefix) {
    return violations.stream().map(v -> v.under(prefix)).toList();
  }

  private static String render(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
