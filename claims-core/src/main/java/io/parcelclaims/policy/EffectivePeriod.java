package io.parcelclaims.policy;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The half-open date range {@code [from, until)} in which a policy version is in force; an empty
 * {@code until} means open-ended.
 *
 * @param from the first day in force
 * @param until the first day no longer in force, if the version has an end
 * @since 0.1.0
 */
public record EffectivePeriod(LocalDate from, Optional<LocalDate> until) {

  /**
   * Validates the range.
   *
   * @throws InvalidValueException if {@code until} is not after {@code from}
   */
  public EffectivePeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "until",
                  "period.until-not-after-from",
                  "must be after from (" + from + ")",
                  until.get(),
                  from)));
    }
  }

  /**
   * In force from a date on, with no end.
   *
   * @param from the first day
   * @return the period
   */
  public static EffectivePeriod from(LocalDate from) {
    return new EffectivePeriod(from, Optional.empty());
  }

  /**
   * In force from one date until (excluding) another.
   *
   * @param from the first day
   * @param until the first day no longer in force
   * @return the period
   */
  public static EffectivePeriod between(LocalDate from, LocalDate until) {
    return new EffectivePeriod(from, Optional.of(until));
  }

  /**
   * Whether a date is in the period.
   *
   * @param date the date
   * @return true if {@code from <= date < until}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
  }

  /** {@return the period as {@code [from, until)}} */
  @Override
  public String toString() {
    return "[" + from + ", " + until.map(LocalDate::toString).orElse("") + ")";
  }
}
