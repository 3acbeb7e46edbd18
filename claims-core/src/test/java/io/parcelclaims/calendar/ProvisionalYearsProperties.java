package io.parcelclaims.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Provisional years (docs/time-bars-and-calendars.md, rev. 2026-12) over 2026 with its New Year arrangement and 2027
 * provisional with its provisional Spring Festival; the 2027 arrangement laid over is hypothetical.
 */
class ProvisionalYearsProperties {
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder()
          .zone(ZoneId.of("Asia/Shanghai"))
          .firstYear(Year.of(2026))
          .lastYear(Year.of(2027))
          .offDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
          .makeUpWorkingDay(LocalDate.of(2026, 1, 4))
          .provisionalYear(Year.of(2027))
          .offDays(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 10))
          .build();

  /** Hypothetical 2027: Spring Festival 02-05 to 02-11, Saturday 02-20 worked. */
  private static final YearArrangement HYPOTHETICAL_2027 =
      YearArrangement.builder(Year.of(2027))
          .offDays(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 11))
          .makeUpWorkingDay(LocalDate.of(2027, 2, 20))
          .source("hypothetical 2027 arrangement")
          .build();

  private static final BusinessCalendar KNOWN = CALENDAR.withArrangement(HYPOTHETICAL_2027);

  @Property
  void a_period_from_2026_is_provisional_exactly_when_its_last_day_reaches_2027(
      @ForAll("days2026") LocalDate start, @ForAll @IntRange(min = 0, max = 365) int n) {
    LocalDate last = CALENDAR.plusCalendarDays(start, n, HolidayShift.AFTER_HOLIDAY);

    assertEquals(last.getYear() == 2027, CALENDAR.isProvisionalBetween(start, last));
    assertEquals(false, KNOWN.isProvisionalBetween(start, last));
  }

  @Property
  void the_arrangement_decides_every_day_of_its_year_and_no_other(@ForAll("covered") LocalDate day) {
    boolean expectedWorking =
        day.getYear() == 2027
            ? HYPOTHETICAL_2027.makeUpWorkingDays().contains(day)
                || !(HYPOTHETICAL_2027.offDays().contains(day) || day.getDayOfWeek().getValue() >= 6)
            : CALENDAR.isWorkingDay(day);

    assertEquals(expectedWorking, KNOWN.isWorkingDay(day), day::toString);
    assertEquals(day.getYear() == 2027 && HYPOTHETICAL_2027.offDays().contains(day)
        || day.getYear() == 2026 && CALENDAR.isOffDay(day), KNOWN.isOffDay(day), day::toString);
  }

  @Property
  void laying_the_same_arrangement_twice_changes_nothing_more(@ForAll("covered") LocalDate day) {
    BusinessCalendar twice = KNOWN.withArrangement(HYPOTHETICAL_2027);

    assertEquals(KNOWN, twice);
    assertEquals(KNOWN.isWorkingDay(day), twice.isWorkingDay(day));
  }

  @Provide
  Arbitrary<LocalDate> days2026() {
    return Arbitraries.integers().between(1, 365).map(d -> Year.of(2026).atDay(d));
  }

  @Provide
  Arbitrary<LocalDate> covered() {
    return Arbitraries.integers().between(0, 729).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
  }
}
