package io.parcelclaims.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Working-day arithmetic over part of the 2025 arrangement of docs/time-bars-and-calendars.md, covering 2025–2026. */
class BusinessCalendarProperties {
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder()
          .zone(ZoneId.of("Asia/Shanghai"))
          .firstYear(Year.of(2025))
          .lastYear(Year.of(2026))
          .offDays(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4))
          .makeUpWorkingDay(LocalDate.of(2025, 1, 26))
          .makeUpWorkingDay(LocalDate.of(2025, 2, 8))
          .offDays(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5))
          .makeUpWorkingDay(LocalDate.of(2025, 4, 27))
          .offDays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
          .makeUpWorkingDay(LocalDate.of(2025, 9, 28))
          .makeUpWorkingDay(LocalDate.of(2025, 10, 11))
          .build();
  private static final LocalDate FIRST_DAY = CALENDAR.firstYear().atDay(1);
  private static final LocalDate LAST_DAY = CALENDAR.lastYear().atDay(CALENDAR.lastYear().length());
  private static final LocalDate LAST_WORKING_DAY = lastWorkingDay();

  /** A start day and a number of working days whose sum stays inside the calendar. */
  record StartAndCount(LocalDate start, int n) {}

  @Property
  void adding_working_days_lands_on_a_working_day(@ForAll("positiveCounts") StartAndCount given) {
    LocalDate due = CALENDAR.plusWorkingDays(given.start(), given.n());

    assertTrue(CALENDAR.isWorkingDay(due), due::toString);
  }

  @Property
  void one_more_working_day_lands_strictly_later(@ForAll("countsWithOneMore") StartAndCount given) {
    LocalDate due = CALENDAR.plusWorkingDays(given.start(), given.n());
    LocalDate oneMore = CALENDAR.plusWorkingDays(given.start(), given.n() + 1);

    assertTrue(oneMore.isAfter(due), () -> oneMore + " is not after " + due);
  }

  @Property
  void counting_back_the_working_days_gives_n(@ForAll("counts") StartAndCount given) {
    LocalDate due = CALENDAR.plusWorkingDays(given.start(), given.n());

    int counted = CALENDAR.workingDaysBetween(given.start(), due);

    assertEquals(given.n(), counted);
  }

  @Property
  void a_date_outside_the_covered_years_fails(@ForAll("uncoveredDates") LocalDate date) {
    DateOutsideCalendarException e =
        assertThrows(DateOutsideCalendarException.class, () -> CALENDAR.isWorkingDay(date));

    assertEquals(date, e.date());
  }

  @Provide
  Arbitrary<StartAndCount> positiveCounts() {
    return startsWithRoom().flatMap(start -> countsFrom(start, 1, room(start)));
  }

  @Provide
  Arbitrary<StartAndCount> countsWithOneMore() {
    return startsWithRoom().flatMap(start -> countsFrom(start, 0, room(start) - 1));
  }

  @Provide
  Arbitrary<StartAndCount> counts() {
    return startsWithRoom().flatMap(start -> countsFrom(start, 0, room(start)));
  }

  @Provide
  Arbitrary<LocalDate> uncoveredDates() {
    return Arbitraries.oneOf(
        datesBetween(LocalDate.MIN, FIRST_DAY.minusDays(1)),
        datesBetween(LAST_DAY.plusDays(1), LocalDate.MAX));
  }

  // Starts end before the last working day, so at least one working day always follows.
  private static Arbitrary<LocalDate> startsWithRoom() {
    return datesBetween(FIRST_DAY, LAST_WORKING_DAY.minusDays(1));
  }

  private static int room(LocalDate start) {
    return CALENDAR.workingDaysBetween(start, LAST_WORKING_DAY);
  }

  private static Arbitrary<StartAndCount> countsFrom(LocalDate start, int min, int max) {
    return Arbitraries.integers().between(min, max).map(n -> new StartAndCount(start, n));
  }

  private static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return Arbitraries.longs()
        .between(first.toEpochDay(), last.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static LocalDate lastWorkingDay() {
    LocalDate day = LAST_DAY;
    while (!CALENDAR.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }
}
