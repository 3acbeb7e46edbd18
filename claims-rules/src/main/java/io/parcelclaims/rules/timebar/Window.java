package io.parcelclaims.rules.timebar;

import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.PeriodUnit;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One period of a {@link ClaimWindows} time bar: for which claims it applies, the day it runs from,
 * how long it runs, and the message that explains it.
 *
 * <p>The message of {@link #messageKey()} takes three arguments: {@code {0}} the length in its
 * unit, {@code {1}} the day it runs from, {@code {2}} its last day. Immutable and thread-safe when
 * its condition is.
 *
 * @param id the rule id, lowercase and dotted, such as {@code mc99.art31.damage}
 * @param when for which claims it applies
 * @param from the day it runs from, itself not counted
 * @param length how long it runs
 * @param sundaysAndHolidaysExcepted whether Sundays and listed off days are skipped when counting
 *     (CMR Art. 30(1)); only for a length in calendar days
 * @param messageKey the explanation's message key
 * @param source where the number comes from, for audits
 * @since 0.1.0
 */
public record Window(
    String id,
    Condition when,
    Anchor from,
    CalendarPeriod length,
    boolean sundaysAndHolidaysExcepted,
    String messageKey,
    String source) {

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if the id is not a valid rule id, the message key or source is
   *     blank, or Sundays and holidays are excepted from a length not in calendar days
   */
  public Window {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(source, "source");
    PolicyId.of(id, "0");
    List<Violation> violations = new ArrayList<>();
    if (messageKey.isBlank()) {
      violations.add(Violation.of("messageKey", "value.must-not-be-blank", "must not be blank"));
    }
    if (source.isBlank()) {
      violations.add(Violation.of("source", "value.must-not-be-blank", "must not be blank"));
    }
    if (sundaysAndHolidaysExcepted && length.unit() != PeriodUnit.CALENDAR_DAYS) {
      violations.add(
          Violation.of(
              "sundaysAndHolidaysExcepted",
              "window.days-only",
              "applies only to a length in calendar days (was " + length + ")",
              length));
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
  }

  /**
   * A window counted as its length says.
   *
   * @param id the rule id
   * @param when for which claims it applies
   * @param from the day it runs from
   * @param length how long it runs
   * @param messageKey the explanation's message key
   * @param source where the number comes from
   * @return the window
   */
  public static Window of(
      String id, Condition when, Anchor from, CalendarPeriod length, String messageKey, String source) {
    return new Window(id, when, from, length, false, messageKey, source);
  }

  /**
   * A window of calendar days in which Sundays and listed off days are not counted.
   *
   * @param id the rule id
   * @param when for which claims it applies
   * @param from the day it runs from
   * @param days how many counted days
   * @param messageKey the explanation's message key
   * @param source where the number comes from
   * @return the window
   */
  public static Window sundaysAndHolidaysExcepted(
      String id, Condition when, Anchor from, int days, String messageKey, String source) {
    return new Window(id, when, from, CalendarPeriod.calendarDays(days), true, messageKey, source);
  }
}
