package io.parcelclaims.rules.cn;

import static java.time.temporal.TemporalAdjusters.nextOrSame;
import static java.time.temporal.TemporalAdjusters.previousOrSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The mainland calendar over 2025–2026, against the make-up days of docs/time-bars-and-calendars.md. */
class ChineseCalendarsProperties {
  private static final BusinessCalendar CALENDAR = ChineseCalendars.mainland2025to2026();
  private static final LocalDate FIRST_DAY = CALENDAR.firstYear().atDay(1);
  private static final LocalDate LAST_DAY =
      CALENDAR.lastYear().atDay(CALENDAR.lastYear().length());
  private static final LocalDate LAST_WORKING_DAY = lastWorkingDay();

  /** Every make-up working day of the 2025 and 2026 tables of docs/time-bars-and-calendars.md. */
  private static final List<LocalDate> MAKE_UP_DAYS =
      Stream.of(
              "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
              "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
          .map(LocalDate::parse)
          .toList();

  /** A start day and a number of working days whose sum stays inside the calendar. */
  record StartAndCount(LocalDate start, int n) {}

  @Property
  void adding_working_days_lands_on_a_working_day(@ForAll("positiveCounts") StartAndCount given) {
    LocalDate due = CALENDAR.plusWorkingDays(given.start(), given.n());

    assertTrue(CALENDAR.isWorkingDay(due), due::toString);
  }

  @Property
  void every_listed_make_up_day_is_a_working_day_on_a_weekend(
      @ForAll("makeUpDays") LocalDate makeUpDay) {
    DayOfWeek day = makeUpDay.getDayOfWeek();

    boolean working = CALENDAR.isWorkingDay(makeUpDay);

    assertTrue(day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY, makeUpDay::toString);
    assertTrue(working, makeUpDay::toString);
  }

  @Property
  void a_weekend_day_is_a_working_day_exactly_when_it_is_a_listed_make_up_day(
      @ForAll("weekendDays") LocalDate weekendDay) {
    boolean working = CALENDAR.isWorkingDay(weekendDay);

    assertEquals(MAKE_UP_DAYS.contains(weekendDay), working, weekendDay::toString);
  }

  @Provide
  Arbitrary<StartAndCount> positiveCounts() {
    // Starts end before the last working day, so at least one working day always follows.
    return datesBetween(FIRST_DAY, LAST_WORKING_DAY.minusDays(1))
        .flatMap(
            start ->
                Arbitraries.integers()
                    .between(1, CALENDAR.workingDaysBetween(start, LAST_WORKING_DAY))
                    .map(n -> new StartAndCount(start, n)));
  }

  @Provide
  Arbitrary<LocalDate> makeUpDays() {
    return Arbitraries.of(MAKE_UP_DAYS);
  }

  @Provide
  Arbitrary<LocalDate> weekendDays() {
    LocalDate firstSaturday = FIRST_DAY.with(nextOrSame(DayOfWeek.SATURDAY));
    LocalDate lastSaturday = LAST_DAY.minusDays(1).with(previousOrSame(DayOfWeek.SATURDAY));
    long weeks = ChronoUnit.WEEKS.between(firstSaturday, lastSaturday);
    return Combinators.combine(
            Arbitraries.longs().between(0, weeks),
            Arbitraries.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
        .as((week, day) -> firstSaturday.plusWeeks(week).with(nextOrSame(day)));
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
