package io.parcelclaims.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;

/** A run of consecutive days, both ends included, as one builder entry. */
record DaySpan(LocalDate first, LocalDate last) {

  boolean isReversed() {
    return last.isBefore(first);
  }

  boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  boolean liesWithin(Year firstYear, Year lastYear) {
    return !Year.from(first).isBefore(firstYear) && !Year.from(last).isAfter(lastYear);
  }

  Stream<LocalDate> dates() {
    return first.datesUntil(last.plusDays(1));
  }

  @Override
  public String toString() {
    return first.equals(last) ? first.toString() : first + " to " + last;
  }
}
