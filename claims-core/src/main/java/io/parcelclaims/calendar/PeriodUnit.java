package io.parcelclaims.calendar;

/**
 * The unit a deadline or time bar is counted in.
 *
 * @since 0.1.0
 */
public enum PeriodUnit {
  /** Elapsed hours from the starting instant; calendars and shifts do not apply. */
  HOURS,
  /** Calendar days after the starting day (Civil Code Art. 201: the start day is not counted). */
  CALENDAR_DAYS,
  /** Working days of the business calendar after the starting day. */
  WORKING_DAYS,
  /** Months ending on the corresponding day (Civil Code Art. 202). */
  MONTHS,
  /** Years ending on the corresponding day (Civil Code Art. 202). */
  YEARS
}
