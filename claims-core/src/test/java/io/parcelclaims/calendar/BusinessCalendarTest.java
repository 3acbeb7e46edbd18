package io.parcelclaims.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Dates and holidays come from docs/time-bars-and-calendars.md (2025 arrangement) and §8 (EX-12, EX-15). */
class BusinessCalendarTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Year Y2025 = Year.of(2025);
  private static final Year Y2026 = Year.of(2026);

  private static BusinessCalendar weekendsOnly2025to2026() {
    return BusinessCalendar.weekendsOnly(SHANGHAI, Y2025, Y2026);
  }

  /** The 2025 National Day and Mid-Autumn arrangement of docs/time-bars-and-calendars.md, alone. */
  private static BusinessCalendar nationalDay2025() {
    return BusinessCalendar.builder()
        .zone(SHANGHAI)
        .firstYear(Y2025)
        .lastYear(Y2026)
        .offDays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
        .makeUpWorkingDay(LocalDate.of(2025, 9, 28))
        .makeUpWorkingDay(LocalDate.of(2025, 10, 11))
        .build();
  }

  private static List<String> pathsOf(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Nested
  class Weekends_only {

    @Test
    void counts_weekdays_and_skips_saturday_and_sunday() {
      BusinessCalendar calendar = weekendsOnly2025to2026();
      LocalDate friday = LocalDate.of(2025, 9, 26);

      LocalDate due = calendar.plusWorkingDays(friday, 1);

      assertEquals(LocalDate.of(2025, 9, 29), due);
    }

    @Test
    void zero_working_days_return_the_start_day_even_on_a_weekend() {
      BusinessCalendar calendar = weekendsOnly2025to2026();
      LocalDate sunday = LocalDate.of(2025, 9, 28);

      LocalDate due = calendar.plusWorkingDays(sunday, 0);

      assertEquals(sunday, due);
    }

    @Test
    void counts_working_days_between_excluding_the_first_day() {
      BusinessCalendar calendar = weekendsOnly2025to2026();

      int days = calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 29));

      assertEquals(1, days);
    }

    @Test
    void has_no_off_days_and_treats_a_holiday_as_an_ordinary_weekday() {
      BusinessCalendar calendar = weekendsOnly2025to2026();
      LocalDate nationalDay = LocalDate.of(2025, 10, 1);

      boolean off = calendar.isOffDay(nationalDay);
      boolean working = calendar.isWorkingDay(nationalDay);

      assertFalse(off);
      assertTrue(working);
    }

    @Test
    void refuses_a_negative_number_of_working_days() {
      BusinessCalendar calendar = weekendsOnly2025to2026();

      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), -1));

      assertEquals("n must not be negative (was -1)", e.getMessage());
    }

    @Test
    void converts_an_instant_in_the_calendars_own_zone() {
      BusinessCalendar calendar = weekendsOnly2025to2026();
      Instant midnightInShanghai = LocalDate.of(2025, 10, 1).atStartOfDay(SHANGHAI).toInstant();

      LocalDate date = calendar.dateOf(midnightInShanghai);

      assertEquals(LocalDate.of(2025, 10, 1), date);
      assertEquals(
          LocalDate.of(2025, 9, 30), LocalDate.ofInstant(midnightInShanghai, ZoneOffset.UTC));
    }
  }

  @Nested
  class Make_up_working_days {

    @Test
    void a_make_up_sunday_is_a_working_day_and_the_holiday_is_not() {
      BusinessCalendar calendar = nationalDay2025();

      boolean sunday = calendar.isWorkingDay(LocalDate.of(2025, 9, 28));
      boolean holiday = calendar.isWorkingDay(LocalDate.of(2025, 10, 1));

      assertTrue(sunday);
      assertFalse(holiday);
    }

    @Test
    void ten_working_days_count_both_make_up_days_ex15() {
      BusinessCalendar calendar = nationalDay2025();

      LocalDate due = calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 10);

      assertEquals(LocalDate.of(2025, 10, 16), due);
    }

    @Test
    void counts_back_the_same_ten_working_days_ex15() {
      BusinessCalendar calendar = nationalDay2025();

      int days = calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 16));

      assertEquals(10, days);
    }

    @Test
    void a_weekend_inside_the_holiday_run_is_an_off_day() {
      BusinessCalendar calendar = nationalDay2025();

      boolean off = calendar.isOffDay(LocalDate.of(2025, 10, 4));

      assertTrue(off);
    }

    @Test
    void an_ordinary_weekend_is_not_an_off_day() {
      BusinessCalendar calendar = nationalDay2025();

      boolean off = calendar.isOffDay(LocalDate.of(2025, 9, 27));

      assertFalse(off);
    }

    @Test
    void other_weekend_days_replace_saturday_and_sunday() {
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(SHANGHAI)
              .firstYear(Y2025)
              .lastYear(Y2025)
              .weekendDays(DayOfWeek.SUNDAY)
              .build();

      boolean saturday = calendar.isWorkingDay(LocalDate.of(2025, 9, 27));
      boolean sunday = calendar.isWorkingDay(LocalDate.of(2025, 9, 28));

      assertTrue(saturday);
      assertFalse(sunday);
    }
  }

  @Nested
  class Holiday_shifts {

    @Test
    void none_keeps_a_last_day_that_is_an_off_day_ex15() {
      BusinessCalendar calendar = nationalDay2025();

      LocalDate end = calendar.plusCalendarDays(LocalDate.of(2025, 9, 26), 7, HolidayShift.NONE);

      assertEquals(LocalDate.of(2025, 10, 3), end);
    }

    @Test
    void after_holiday_moves_to_the_day_after_the_off_day_run_ex15() {
      BusinessCalendar calendar = nationalDay2025();

      LocalDate end =
          calendar.plusCalendarDays(LocalDate.of(2025, 9, 26), 7, HolidayShift.AFTER_HOLIDAY);

      assertEquals(LocalDate.of(2025, 10, 9), end);
    }

    @Test
    void after_holiday_keeps_an_ordinary_weekend() {
      BusinessCalendar calendar = nationalDay2025();
      LocalDate saturday = LocalDate.of(2025, 9, 27);

      LocalDate end = calendar.shift(saturday, HolidayShift.AFTER_HOLIDAY);

      assertEquals(saturday, end);
    }

    @Test
    void next_working_day_moves_past_an_ordinary_weekend_onto_a_make_up_day() {
      BusinessCalendar calendar = nationalDay2025();

      LocalDate end = calendar.shift(LocalDate.of(2025, 9, 27), HolidayShift.NEXT_WORKING_DAY);

      assertEquals(LocalDate.of(2025, 9, 28), end);
    }

    @Test
    void after_holiday_may_end_on_a_weekend_where_next_working_day_does_not() {
      // National Day as the statutory three days, Oct 1-3 (docs/time-bars-and-calendars.md), without the bridge
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(SHANGHAI)
              .firstYear(Y2025)
              .lastYear(Y2025)
              .offDays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 3))
              .build();
      LocalDate lastHoliday = LocalDate.of(2025, 10, 3);

      LocalDate afterHoliday = calendar.shift(lastHoliday, HolidayShift.AFTER_HOLIDAY);
      LocalDate nextWorkingDay = calendar.shift(lastHoliday, HolidayShift.NEXT_WORKING_DAY);

      assertEquals(LocalDate.of(2025, 10, 4), afterHoliday);
      assertEquals(LocalDate.of(2025, 10, 6), nextWorkingDay);
    }

    @Test
    void every_shift_keeps_a_working_day() {
      BusinessCalendar calendar = nationalDay2025();
      LocalDate thursday = LocalDate.of(2025, 10, 16);

      for (HolidayShift shift : HolidayShift.values()) {
        LocalDate end = calendar.shift(thursday, shift);

        assertEquals(thursday, end, shift.name());
      }
    }
  }

  @Nested
  class Months_and_years {

    @Test
    void one_year_ends_on_the_corresponding_day_ex12() {
      BusinessCalendar calendar = BusinessCalendar.weekendsOnly(SHANGHAI, Year.of(2024), Y2025);

      LocalDate end = calendar.plusYears(LocalDate.of(2024, 3, 10), 1, HolidayShift.AFTER_HOLIDAY);

      assertEquals(LocalDate.of(2025, 3, 10), end);
    }

    @Test
    void china_post_answers_thirty_days_after_the_inquiry_ex12() {
      BusinessCalendar calendar = weekendsOnly2025to2026();

      LocalDate end = calendar.plusCalendarDays(LocalDate.of(2025, 3, 10), 30, HolidayShift.NONE);

      assertEquals(LocalDate.of(2025, 4, 9), end);
    }

    @Test
    void one_month_ends_on_the_corresponding_day() {
      BusinessCalendar calendar = nationalDay2025();

      LocalDate end = calendar.plusMonths(LocalDate.of(2025, 9, 26), 1, HolidayShift.NONE);

      assertEquals(LocalDate.of(2025, 10, 26), end);
    }

    @Test
    void one_month_from_january_31_ends_on_the_last_day_of_february() {
      // Civil Code Art. 202, second clause: no corresponding day, so the month's last day
      BusinessCalendar calendar = weekendsOnly2025to2026();

      LocalDate end = calendar.plusMonths(LocalDate.of(2025, 1, 31), 1, HolidayShift.NONE);

      assertEquals(LocalDate.of(2025, 2, 28), end);
    }

    @Test
    void one_year_from_february_29_ends_on_february_28() {
      BusinessCalendar calendar = BusinessCalendar.weekendsOnly(SHANGHAI, Year.of(2024), Y2025);

      LocalDate end = calendar.plusYears(LocalDate.of(2024, 2, 29), 1, HolidayShift.NONE);

      assertEquals(LocalDate.of(2025, 2, 28), end);
    }

    @Test
    void a_month_ending_in_the_holiday_moves_after_it() {
      BusinessCalendar calendar = nationalDay2025();

      LocalDate end =
          calendar.plusMonths(LocalDate.of(2025, 9, 1), 1, HolidayShift.AFTER_HOLIDAY);

      assertEquals(LocalDate.of(2025, 10, 9), end);
    }
  }

  @Nested
  class Dates_outside_the_calendar {

    @Test
    void a_start_day_before_the_first_year_fails_naming_the_date_and_years() {
      BusinessCalendar calendar = weekendsOnly2025to2026();
      LocalDate before = LocalDate.of(2024, 12, 31);

      DateOutsideCalendarException e =
          assertThrows(DateOutsideCalendarException.class, () -> calendar.isWorkingDay(before));

      assertEquals(before, e.date());
      assertEquals(Y2025, e.firstYear());
      assertEquals(Y2026, e.lastYear());
      assertEquals(
          "2024-12-31 is outside the calendar's covered years 2025 to 2026", e.getMessage());
    }

    @Test
    void counting_past_the_last_year_fails_on_the_first_uncovered_day() {
      BusinessCalendar calendar = weekendsOnly2025to2026();

      DateOutsideCalendarException e =
          assertThrows(
              DateOutsideCalendarException.class,
              () -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1));

      assertEquals(LocalDate.of(2027, 1, 1), e.date());
    }

    @Test
    void a_calendar_period_ending_after_the_last_year_fails() {
      BusinessCalendar calendar = weekendsOnly2025to2026();

      DateOutsideCalendarException e =
          assertThrows(
              DateOutsideCalendarException.class,
              () -> calendar.plusYears(LocalDate.of(2026, 3, 10), 1, HolidayShift.NONE));

      assertEquals(LocalDate.of(2027, 3, 10), e.date());
    }

    @Test
    void an_instant_whose_date_is_not_covered_fails() {
      BusinessCalendar calendar = weekendsOnly2025to2026();
      Instant newYear2027InShanghai =
          LocalDate.of(2027, 1, 1).atStartOfDay(SHANGHAI).toInstant();

      assertThrows(
          DateOutsideCalendarException.class, () -> calendar.dateOf(newYear2027InShanghai));
    }

    @Test
    void covers_answers_without_failing() {
      BusinessCalendar calendar = weekendsOnly2025to2026();

      assertTrue(calendar.covers(LocalDate.of(2025, 1, 1)));
      assertTrue(calendar.covers(LocalDate.of(2026, 12, 31)));
      assertFalse(calendar.covers(LocalDate.of(2024, 12, 31)));
      assertFalse(calendar.covers(LocalDate.of(2027, 1, 1)));
    }
  }

  @Nested
  class Builder_violations {

    @Test
    void reports_every_missing_part_at_once() {
      BusinessCalendar.Builder builder = BusinessCalendar.builder();

      InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);

      assertEquals(List.of("zone", "firstYear", "lastYear"), pathsOf(e));
      e.violations().forEach(v -> assertEquals("is required", v.message()));
      e.violations().forEach(v -> assertEquals(InvalidValueException.MISSING, v.key()));
    }

    @Test
    void refuses_a_last_year_before_the_first() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder().zone(SHANGHAI).firstYear(Y2026).lastYear(Y2025);

      InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);

      Violation v = e.violations().get(0);
      assertEquals(1, e.violations().size());
      assertEquals("lastYear", v.path());
      assertEquals("calendar.last-year-before-first-year", v.key());
      assertEquals("must not be before firstYear 2026 (was 2025)", v.message());
    }

    @Test
    void the_zone_factory_refuses_reversed_years_the_same_way() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> BusinessCalendar.weekendsOnly(SHANGHAI, Y2026, Y2025));

      assertEquals(List.of("lastYear"), pathsOf(e));
    }

    @Test
    void reports_every_bad_entry_with_its_position() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder()
              .zone(SHANGHAI)
              .firstYear(Y2025)
              .lastYear(Y2026)
              .offDay(LocalDate.of(2025, 1, 1))
              .offDays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
              .offDay(LocalDate.of(2024, 12, 31))
              .offDays(LocalDate.of(2025, 10, 8), LocalDate.of(2025, 10, 1))
              .makeUpWorkingDay(LocalDate.of(2025, 10, 4))
              .makeUpWorkingDay(LocalDate.of(2025, 9, 28))
              .makeUpWorkingDay(LocalDate.of(2027, 1, 1));

      InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);

      assertEquals(
          List.of(
              "offDays[2]: must lie within the covered years 2025 to 2026 (was 2024-12-31)",
              "offDays[3]: must not end before it starts (was 2025-10-08 to 2025-10-01)",
              "makeUpWorkingDays[0]: must not also be an off day (2025-10-04 is in offDays[1])",
              "makeUpWorkingDays[2]: must lie within the covered years 2025 to 2026"
                  + " (was 2027-01-01)"),
          e.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void does_not_check_dates_against_missing_years() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder().zone(SHANGHAI).offDay(LocalDate.of(2024, 12, 31));

      InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);

      assertEquals(List.of("firstYear", "lastYear"), pathsOf(e));
    }

    @Test
    void is_used_once() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder().zone(SHANGHAI).firstYear(Y2025).lastYear(Y2026);
      builder.build();

      assertThrows(IllegalStateException.class, builder::build);
      assertThrows(
          IllegalStateException.class, () -> builder.offDay(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void refuses_to_set_the_zone_twice() {
      BusinessCalendar.Builder builder = BusinessCalendar.builder().zone(SHANGHAI);

      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> builder.zone(SHANGHAI));

      assertEquals("zone is already set", e.getMessage());
    }
  }
}
