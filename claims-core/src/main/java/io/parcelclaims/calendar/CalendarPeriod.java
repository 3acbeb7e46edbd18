package io.parcelclaims.calendar;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A length of time counted in one unit: 24 hours, 7 calendar days, 10 working days, 4 months.
 *
 * @param amount how many units, not negative
 * @param unit the unit
 * @since 0.1.0
 */
public record CalendarPeriod(int amount, PeriodUnit unit) {

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if {@code amount} is negative
   */
  public CalendarPeriod {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "amount", "value.must-not-be-negative", "must not be negative (was " + amount + ")",
                  amount)));
    }
  }

  /**
   * A period in hours.
   *
   * @param n hours
   * @return the period
   */
  public static CalendarPeriod hours(int n) {
    return new CalendarPeriod(n, PeriodUnit.HOURS);
  }

  /**
   * A period in calendar days.
   *
   * @param n days
   * @return the period
   */
  public static CalendarPeriod calendarDays(int n) {
    return new CalendarPeriod(n, PeriodUnit.CALENDAR_DAYS);
  }

  /**
   * A period in working days.
   *
   * @param n working days
   * @return the period
   */
  public static CalendarPeriod workingDays(int n) {
    return new CalendarPeriod(n, PeriodUnit.WORKING_DAYS);
  }

  /**
   * A period in months.
   *
   * @param n months
   * @return the period
   */
  public static CalendarPeriod months(int n) {
    return new CalendarPeriod(n, PeriodUnit.MONTHS);
  }

  /**
   * A period in years.
   *
   * @param n years
   * @return the period
   */
  public static CalendarPeriod years(int n) {
    return new CalendarPeriod(n, PeriodUnit.YEARS);
  }

  /**
   * The last day of this period when it starts on {@code start}, which is not counted.
   *
   * <p>For {@link PeriodUnit#HOURS} the last day is the day on which the hours run out, in the
   * calendar's zone, counted from the start of {@code start}; prefer {@link #dueBefore} for hours.
   *
   * @param start the starting day
   * @param calendar the business calendar
   * @param shift how a last day that is a day off moves; ignored for working days and hours
   * @return the last day on which the period is still running
   * @throws DateOutsideCalendarException if a day needed is not covered by the calendar
   */
  public LocalDate lastDay(LocalDate start, BusinessCalendar calendar, HolidayShift shift) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(shift, "shift");
    return switch (unit) {
      case HOURS -> calendar.dateOf(
          start.atStartOfDay(calendar.zone()).toInstant().plus(Duration.ofHours(amount)));
      case CALENDAR_DAYS -> calendar.plusCalendarDays(start, amount, shift);
      case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
      case MONTHS -> calendar.plusMonths(start, amount, shift);
      case YEARS -> calendar.plusYears(start, amount, shift);
    };
  }

  /**
   * The first instant at which this period, started at {@code start}, has run out: {@code start}
   * plus the hours, or the first instant of the day after the {@linkplain #lastDay last day} in
   * the calendar's zone.
   *
   * @param start the starting instant
   * @param calendar the business calendar
   * @param shift how a last day that is a day off moves; ignored for working days and hours
   * @return the instant from which the period is over
   * @throws DateOutsideCalendarException if a day needed is not covered by the calendar
   */
  public Instant dueBefore(Instant start, BusinessCalendar calendar, HolidayShift shift) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(calendar, "calendar");
    if (unit == PeriodUnit.HOURS) {
      return start.plus(Duration.ofHours(amount));
    }
    return lastDay(calendar.dateOf(start), calendar, shift)
        .plusDays(1)
        .atStartOfDay(calendar.zone())
        .toInstant();
  }

  /** {@return for example {@code 10 WORKING_DAYS}} */
  @Override
  public String toString() {
    return amount + " " + unit;
  }
}
