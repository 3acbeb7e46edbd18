package io.parcelclaims.calendar;

import java.time.LocalDate;
import java.time.Year;

/**
 * Thrown when a date, given or computed, lies outside the years a {@link BusinessCalendar} covers.
 *
 * <p>A calendar knows the holidays of its covered years only, known and provisional alike; treating
 * a later date as an ordinary weekday would silently miss that year's holidays, so the calendar
 * refuses instead. A date beyond every known and provisional year is refused this way, never
 * answered.
 *
 * @since 0.1.0
 */
public final class DateOutsideCalendarException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final Year firstYear;
  private final Year lastYear;

  DateOutsideCalendarException(LocalDate date, Year firstYear, Year lastYear) {
    super(date + " is outside the calendar's covered years " + firstYear + " to " + lastYear);
    this.date = date;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** {@return the date that is not covered} */
  public LocalDate date() {
    return date;
  }

  /** {@return the first year the calendar covers} */
  public Year firstYear() {
    return firstYear;
  }

  /** {@return the last year the calendar covers, inclusive} */
  public Year lastYear() {
    return lastYear;
  }
}
