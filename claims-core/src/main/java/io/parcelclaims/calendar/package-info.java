/**
 * Working-day and period arithmetic over an explicit holiday calendar: {@link
 * io.parcelclaims.calendar.BusinessCalendar} (entry point: {@link
 * io.parcelclaims.calendar.BusinessCalendar#builder()}, or {@link
 * io.parcelclaims.calendar.BusinessCalendar#weekendsOnly(java.time.ZoneId, java.time.Year,
 * java.time.Year)} for a calendar without holidays) and {@link
 * io.parcelclaims.calendar.HolidayShift}. A year's holiday notice arrives as data in a {@link
 * io.parcelclaims.calendar.YearArrangement} ({@link
 * io.parcelclaims.calendar.YearArrangement#parse(CharSequence)}), laid over a calendar whose year
 * was provisional with {@link
 * io.parcelclaims.calendar.BusinessCalendar#withArrangement(io.parcelclaims.calendar.YearArrangement)}.
 */
package io.parcelclaims.calendar;
