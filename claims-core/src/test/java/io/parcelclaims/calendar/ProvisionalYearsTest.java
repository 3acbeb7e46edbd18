package io.parcelclaims.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Years without a notice yet (docs/time-bars-and-calendars.md, rev. 2026-12): 2026 with its New Year arrangement
 * (2026-01-01 to 01-03 off, 01-04 worked), 2027 provisional with its provisional Spring Festival
 * (02-05 to 02-10) and Labour Day (05-01 to 05-04). Arrangements marked hypothetical are made up;
 * no 2027 notice is known.
 */
class ProvisionalYearsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Year Y2026 = Year.of(2026);
  private static final Year Y2027 = Year.of(2027);

  private static BusinessCalendar calendar() {
    return BusinessCalendar.builder()
        .zone(SHANGHAI)
        .firstYear(Y2026)
        .lastYear(Y2027)
        .offDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
        .makeUpWorkingDay(LocalDate.of(2026, 1, 4))
        .provisionalYear(Y2027)
        .offDays(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 10))
        .offDays(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 4))
        .build();
  }

  /** Hypothetical: Spring Festival 2027-02-05 to 02-11, 2027-02-20 (Sat) worked. */
  private static YearArrangement hypothetical2027() {
    return YearArrangement.builder(Y2027)
        .offDays(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 11))
        .makeUpWorkingDay(LocalDate.of(2027, 2, 20))
        .source("hypothetical 2027 arrangement")
        .build();
  }

  private static List<String> pathsOf(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void a_provisional_year_is_covered_and_says_so() {
    BusinessCalendar calendar = calendar();

    assertEquals(Set.of(Y2027), calendar.provisionalYears());
    assertTrue(calendar.covers(LocalDate.of(2027, 12, 31)));
    assertTrue(calendar.isProvisional(LocalDate.of(2027, 1, 6)));
    assertFalse(calendar.isProvisional(LocalDate.of(2026, 12, 7)));
    assertTrue(calendar.isOffDay(LocalDate.of(2027, 2, 9)));
  }

  @Test
  void an_answer_is_provisional_exactly_when_a_day_it_goes_through_lies_in_a_provisional_year() {
    BusinessCalendar calendar = calendar();

    assertFalse(calendar.isProvisionalBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 31)));
    assertTrue(calendar.isProvisionalBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 1)));
    assertTrue(calendar.isProvisionalBetween(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 6)));
    assertFalse(calendar.isProvisionalBetween(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2)));
    assertThrows(IllegalArgumentException.class,
        () -> calendar.isProvisionalBetween(LocalDate.of(2027, 1, 6), LocalDate.of(2026, 12, 7)));
  }

  @Test
  void counting_goes_through_a_provisional_year_with_its_festival_and_substitute_days() {
    BusinessCalendar calendar = calendar();

    // Thursday 2027-02-04 + 1 working day: 02-05 to 02-10 off, so Thursday 02-11
    assertEquals(LocalDate.of(2027, 2, 11), calendar.plusWorkingDays(LocalDate.of(2027, 2, 4), 1));
    // Friday 2027-04-30 + 1 working day: 05-01 to 05-04 off, so Wednesday 05-05
    assertEquals(LocalDate.of(2027, 5, 5), calendar.plusWorkingDays(LocalDate.of(2027, 4, 30), 1));
    assertEquals(LocalDate.of(2027, 2, 11),
        calendar.plusCalendarDays(LocalDate.of(2027, 2, 1), 8, HolidayShift.AFTER_HOLIDAY));
  }

  @Test
  void a_date_beyond_every_known_and_provisional_year_is_refused() {
    BusinessCalendar calendar = calendar();

    DateOutsideCalendarException e = assertThrows(DateOutsideCalendarException.class,
        () -> calendar.plusCalendarDays(LocalDate.of(2027, 12, 7), 30, HolidayShift.NONE));
    assertThrows(DateOutsideCalendarException.class,
        () -> calendar.isProvisional(LocalDate.of(2028, 1, 1)));

    assertEquals(LocalDate.of(2028, 1, 6), e.date());
    assertEquals(Y2026, e.firstYear());
    assertEquals(Y2027, e.lastYear());
  }

  @Test
  void an_arrangement_supplied_as_data_replaces_the_provisional_year() {
    BusinessCalendar known = calendar().withArrangement(hypothetical2027());

    assertEquals(Set.of(), known.provisionalYears());
    assertFalse(known.isProvisionalBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 12, 31)));
    assertTrue(known.isOffDay(LocalDate.of(2027, 2, 11)));
    assertTrue(known.isWorkingDay(LocalDate.of(2027, 2, 20)));
    // the provisional Labour Day is gone with the rest of what the calendar held for 2027
    assertTrue(known.isWorkingDay(LocalDate.of(2027, 5, 3)));
    // 2026 unchanged
    assertTrue(known.isOffDay(LocalDate.of(2026, 1, 2)));
    assertTrue(known.isWorkingDay(LocalDate.of(2026, 1, 4)));
    assertEquals(LocalDate.of(2027, 2, 12), known.plusWorkingDays(LocalDate.of(2027, 2, 4), 1));
    assertNotEquals(calendar(), known);
  }

  @Test
  void an_arrangement_for_the_year_after_the_last_extends_the_calendar() {
    YearArrangement next = YearArrangement.builder(Year.of(2028))
        .offDay(LocalDate.of(2028, 1, 3))
        .source("hypothetical 2028 arrangement")
        .build();

    BusinessCalendar longer = calendar().withArrangement(next);

    assertEquals(Year.of(2028), longer.lastYear());
    assertEquals(Set.of(Y2027), longer.provisionalYears());
    assertTrue(longer.isOffDay(LocalDate.of(2028, 1, 3)));
  }

  @Test
  void an_arrangement_two_years_beyond_the_calendar_is_refused() {
    YearArrangement far = YearArrangement.builder(Year.of(2029))
        .offDay(LocalDate.of(2029, 1, 1))
        .source("hypothetical 2029 arrangement")
        .build();

    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> calendar().withArrangement(far));

    assertEquals(List.of("arrangement.year"), pathsOf(e));
    assertEquals("calendar.arrangement-not-adjacent", e.violations().get(0).key());
  }

  @Test
  void a_provisional_year_outside_the_covered_years_is_a_violation() {
    BusinessCalendar.Builder builder = BusinessCalendar.builder()
        .zone(SHANGHAI).firstYear(Y2026).lastYear(Y2026).provisionalYear(Y2027);

    InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);

    assertEquals(List.of("provisionalYears[0]"), pathsOf(e));
  }

  @Test
  void the_provisional_years_are_part_of_equality() {
    BusinessCalendar.Builder marked = BusinessCalendar.builder()
        .zone(SHANGHAI).firstYear(Y2026).lastYear(Y2027).provisionalYear(Y2027);

    assertNotEquals(BusinessCalendar.weekendsOnly(SHANGHAI, Y2026, Y2027), marked.build());
    assertTrue(calendar().toString().contains("provisionalYears=[2027]"), calendar()::toString);
  }
}
