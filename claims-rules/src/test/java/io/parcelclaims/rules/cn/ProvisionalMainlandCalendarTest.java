package io.parcelclaims.rules.cn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.calendar.YearArrangement;
import io.parcelclaims.value.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled mainland calendar with 2027 and 2028 provisional (docs/time-bars-and-calendars.md, "Years without a
 * notice yet", rev. 2026-12): the festival days of its table, Art. 6's substitute day for a
 * festival day on a weekend or two festivals on one date, no make-up working days.
 */
class ProvisionalMainlandCalendarTest {
  private final BusinessCalendar calendar = ChineseCalendars.mainland();

  private static Set<LocalDate> days(String... isoDates) {
    return new TreeSet<>(Stream.of(isoDates).map(LocalDate::parse).toList());
  }

  private static Set<LocalDate> span(String first, String last) {
    return new TreeSet<>(LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).toList());
  }

  private Set<LocalDate> offDaysOf(int year) {
    return new TreeSet<>(
        LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
            .filter(calendar::isOffDay).toList());
  }

  @Test
  void covers_2025_to_2028_with_2027_and_2028_provisional() {
    assertEquals(ZoneId.of("Asia/Shanghai"), calendar.zone());
    assertEquals(Year.of(2025), calendar.firstYear());
    assertEquals(Year.of(2028), calendar.lastYear());
    assertEquals(Set.of(Year.of(2027), Year.of(2028)), calendar.provisionalYears());
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2025-01-24, 10, 2025-02-13",
    "2025-04-30, 1, 2025-05-06",
    "2025-09-26, 10, 2025-10-16",
    "2025-12-31, 1, 2026-01-04",
    "2026-02-13, 10, 2026-03-05"
  })
  void the_known_years_answer_as_the_notices_do(LocalDate start, int n, LocalDate expected) {
    assertEquals(expected, calendar.plusWorkingDays(start, n));
    assertEquals(ChineseCalendars.mainland2025to2026().plusWorkingDays(start, n), calendar.plusWorkingDays(start, n));
  }

  @Test
  void the_provisional_2027_spring_festival_runs_from_february_5_to_10() {
    // 除夕 Fri 02-05 and 初三 Mon 02-08 off; 初一 Sat 02-06 and 初二 Sun 02-07 give 02-09 and 02-10
    assertTrue(offDaysOf(2027).containsAll(span("2027-02-05", "2027-02-10")));
    assertFalse(calendar.isOffDay(LocalDate.of(2027, 2, 4)));
    assertFalse(calendar.isOffDay(LocalDate.of(2027, 2, 11)));
    assertEquals(LocalDate.of(2027, 2, 11), calendar.plusWorkingDays(LocalDate.of(2027, 2, 4), 1));
  }

  @Test
  void the_provisional_2027_labour_day_gives_monday_and_tuesday_for_its_weekend() {
    // 05-01 Sat and 05-02 Sun → Mon 05-03 and Tue 05-04 off
    assertTrue(offDaysOf(2027).containsAll(span("2027-05-01", "2027-05-04")));
    assertEquals(LocalDate.of(2027, 5, 5), calendar.plusWorkingDays(LocalDate.of(2027, 4, 30), 1));
  }

  @Test
  void the_2028_double_festival_on_october_3_gives_a_substitute_day() {
    // 10-01 Sun → 10-04; 10-03 is 中秋 and 国庆 → 10-05; so 10-01 to 10-05 off, Fri 10-06 works
    assertTrue(offDaysOf(2028).containsAll(span("2028-10-01", "2028-10-05")));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2028, 10, 6)));
  }

  @Test
  void every_provisional_off_day_is_a_festival_day_or_its_substitute() {
    Set<LocalDate> y2027 = new TreeSet<>();
    y2027.addAll(days("2027-01-01"));
    y2027.addAll(span("2027-02-05", "2027-02-10"));
    y2027.addAll(days("2027-04-05"));
    y2027.addAll(span("2027-05-01", "2027-05-04"));
    y2027.addAll(days("2027-06-09", "2027-09-15"));
    // 10-01 Fri; 10-02 Sat and 10-03 Sun give 10-04 and 10-05
    y2027.addAll(span("2027-10-01", "2027-10-05"));
    Set<LocalDate> y2028 = new TreeSet<>();
    // 01-01 Sat gives Mon 01-03; 05-28 Sun gives Mon 05-29
    y2028.addAll(days("2028-01-01", "2028-01-03"));
    y2028.addAll(span("2028-01-25", "2028-01-28"));
    y2028.addAll(days("2028-04-04", "2028-05-01", "2028-05-02", "2028-05-28", "2028-05-29"));
    y2028.addAll(span("2028-10-01", "2028-10-05"));

    assertEquals(y2027, offDaysOf(2027));
    assertEquals(y2028, offDaysOf(2028));
  }

  @Test
  void a_provisional_year_has_no_make_up_working_days() {
    for (int year : List.of(2027, 2028)) {
      LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
          .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)
          .forEach(d -> assertFalse(calendar.isWorkingDay(d), d::toString));
    }
  }

  @Test
  void days_of_the_provisional_years_say_so_and_the_known_ones_do_not() {
    assertTrue(calendar.isProvisional(LocalDate.of(2027, 1, 6)));
    assertTrue(calendar.isProvisional(LocalDate.of(2028, 12, 31)));
    assertFalse(calendar.isProvisional(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void a_date_beyond_2028_is_refused_never_answered() {
    DateOutsideCalendarException e = assertThrows(DateOutsideCalendarException.class,
        () -> calendar.plusYears(LocalDate.of(2028, 6, 1), 1, HolidayShift.AFTER_HOLIDAY));
    assertThrows(DateOutsideCalendarException.class,
        () -> calendar.plusWorkingDays(LocalDate.of(2028, 12, 29), 2));

    assertEquals(LocalDate.of(2029, 6, 1), e.date());
    assertEquals(Year.of(2028), e.lastYear());
  }

  @Test
  void a_notice_supplied_as_data_makes_its_year_known() {
    YearArrangement notice = YearArrangement.parse("""
        year 2027
        source hypothetical 2027 arrangement (no 2027 notice is known, docs/time-bars-and-calendars.md [U])
        off 2027-02-05 2027-02-11
        work 2027-02-20
        """);

    BusinessCalendar known = ChineseCalendars.mainland(notice);

    assertEquals(Set.of(Year.of(2028)), known.provisionalYears());
    assertTrue(known.isOffDay(LocalDate.of(2027, 2, 11)));
    assertTrue(known.isWorkingDay(LocalDate.of(2027, 2, 20)));
    assertTrue(known.isWorkingDay(LocalDate.of(2027, 5, 3)));
    assertEquals(calendar.withArrangement(notice), known);
  }

  @Test
  void two_notices_for_one_year_are_refused() {
    YearArrangement one = YearArrangement.builder(Year.of(2027))
        .offDay(LocalDate.of(2027, 1, 1)).source("hypothetical").build();

    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ChineseCalendars.mainland(one, one));

    assertEquals("notices[1].year", e.violations().get(0).path());
  }

  @Test
  void a_notice_for_2029_extends_the_calendar_by_a_year() {
    YearArrangement y2029 = YearArrangement.builder(Year.of(2029))
        .offDay(LocalDate.of(2029, 1, 1)).source("hypothetical 2029 arrangement").build();

    BusinessCalendar longer = ChineseCalendars.mainland(y2029);

    assertEquals(Year.of(2029), longer.lastYear());
    assertFalse(longer.isProvisional(LocalDate.of(2029, 1, 1)));
  }
}
