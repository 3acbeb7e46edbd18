package io.parcelclaims.calendar;

/**
 * How the last day of a calendar period moves when it falls on a day off.
 *
 * <p>docs/reading.md tags as unverified ([U]) whether ordinary weekends and make-up working days count
 * as 法定休假日 under Civil Code Art. 203, and §8 EX-15 leaves open whether the shift applies to
 * clocks outside civil law at all. That is why the shift is a parameter of each calculation and not
 * a property of the calendar.
 *
 * @since 0.1.0
 */
public enum HolidayShift {
  /** The last day stays where it falls, off day or not. */
  NONE,

  /**
   * Civil Code Art. 203: when the last day is a listed off day (法定休假日), the period ends on the
   * first day after that run of listed off days; an ordinary weekend neither moves the last day nor
   * extends the run.
   */
  AFTER_HOLIDAY,

  /** The last day moves to the next working day, past listed off days and weekends alike. */
  NEXT_WORKING_DAY
}
