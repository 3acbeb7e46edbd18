/**
 * Working-day and period arithmetic over an explicit holiday calendar: {@link
 * io.parcelclaims.calendar.BusinessCalendar} (entry point: {@link
 * io.parcelclaims.calendar.BusinessCalendar#builder()}, or {@link
 * io.parcelclaims.calendar.BusinessCalendar#weekendsOnly(java.time.ZoneId, java.time.Year,
 * java.time.Year)} for a calendar without holidays) and {@link
 * io.parcelclaims.calendar.HolidayShift}.
 */
package io.parcelclaims.calendar;
