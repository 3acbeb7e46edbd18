package io.parcelclaims.rules.cn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.calendar.HolidayShift;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The mainland calendar against docs/time-bars-and-calendars.md ("Calendar test data", both tables) and §8 EX-15. */
class ChineseCalendarsTest {
  private final BusinessCalendar calendar = ChineseCalendars.mainland2025to2026();

  @Test
  void covers_2025_and_2026_in_shanghai_time() {
    BusinessCalendar mainland = ChineseCalendars.mainland2025to2026();

    assertEquals(ZoneId.of("Asia/Shanghai"), mainland.zone());
    assertEquals(Year.of(2025), mainland.firstYear());
    assertEquals(Year.of(2026), mainland.lastYear());
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2025-01-24, 10, 2025-02-13",
    "2025-04-30, 1, 2025-05-06",
    "2025-09-26, 10, 2025-10-16",
    "2025-12-31, 1, 2026-01-04",
    "2026-02-13, 10, 2026-03-05"
  })
  void adds_working_days_as_in_the_calendar_test_data(LocalDate start, int n, LocalDate expected) {
    LocalDate due = calendar.plusWorkingDays(start, n);

    assertEquals(expected, due);
  }

  @Nested
  class Ex15_sla_clocks_over_holidays {

    @Test
    void ten_working_day_target_from_september_26_is_due_october_16() {
      LocalDate registered = LocalDate.of(2025, 9, 26);

      LocalDate due = calendar.plusWorkingDays(registered, 10);

      assertEquals(LocalDate.of(2025, 10, 16), due);
    }

    @Test
    void seven_day_complaint_clock_ends_in_the_national_day_holiday_without_shift() {
      LocalDate received = LocalDate.of(2025, 9, 26);

      LocalDate end = calendar.plusCalendarDays(received, 7, HolidayShift.NONE);

      assertEquals(LocalDate.of(2025, 10, 3), end);
    }

    @Test
    void seven_day_complaint_clock_moves_after_national_day_with_art_203() {
      LocalDate received = LocalDate.of(2025, 9, 26);

      LocalDate end = calendar.plusCalendarDays(received, 7, HolidayShift.AFTER_HOLIDAY);

      assertEquals(LocalDate.of(2025, 10, 9), end);
    }

    @Test
    void seven_day_payment_clock_ends_in_the_spring_festival_without_shift() {
      LocalDate agreed = LocalDate.of(2026, 2, 12);

      LocalDate end = calendar.plusCalendarDays(agreed, 7, HolidayShift.NONE);

      assertEquals(LocalDate.of(2026, 2, 19), end);
    }

    @Test
    void seven_day_payment_clock_moves_after_the_spring_festival_with_art_203() {
      LocalDate agreed = LocalDate.of(2026, 2, 12);

      LocalDate end = calendar.plusCalendarDays(agreed, 7, HolidayShift.AFTER_HOLIDAY);

      assertEquals(LocalDate.of(2026, 2, 24), end);
    }
  }

  @Nested
  class Spot_checks_of_the_notices {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-05", "2025-05-31", "2025-10-08",
          "2026-01-03", "2026-02-15", "2026-02-23", "2026-06-19", "2026-09-27", "2026-10-07"
        })
    void a_listed_off_day_is_off_and_not_working(LocalDate date) {
      boolean off = calendar.isOffDay(date);
      boolean working = calendar.isWorkingDay(date);

      assertTrue(off);
      assertFalse(working);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
          "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"
        })
    void a_make_up_day_is_working_and_not_off(LocalDate date) {
      boolean working = calendar.isWorkingDay(date);
      boolean off = calendar.isOffDay(date);

      assertTrue(working);
      assertFalse(off);
    }

    @Test
    void the_day_after_a_holiday_run_is_not_an_off_day() {
      LocalDate afterNationalDay2025 = LocalDate.of(2025, 10, 9);
      LocalDate afterSpringFestival2026 = LocalDate.of(2026, 2, 24);

      assertFalse(calendar.isOffDay(afterNationalDay2025));
      assertFalse(calendar.isOffDay(afterSpringFestival2026));
    }

    @Test
    void an_ordinary_weekend_is_neither_off_nor_working() {
      LocalDate saturdayBeforeMakeUpSunday = LocalDate.of(2025, 9, 27);

      assertFalse(calendar.isOffDay(saturdayBeforeMakeUpSunday));
      assertFalse(calendar.isWorkingDay(saturdayBeforeMakeUpSunday));
    }
  }

  @Nested
  class Years_without_a_notice {

    @ParameterizedTest
    @ValueSource(strings = {"2024-12-31", "2027-01-01"})
    void a_date_in_2024_or_2027_fails(LocalDate date) {
      DateOutsideCalendarException e =
          assertThrows(DateOutsideCalendarException.class, () -> calendar.isWorkingDay(date));

      assertEquals(date, e.date());
    }

    @Test
    void counting_into_2027_fails() {
      LocalDate lastDayOf2026 = LocalDate.of(2026, 12, 31);

      assertThrows(
          DateOutsideCalendarException.class, () -> calendar.plusWorkingDays(lastDayOf2026, 1));
    }
  }
}
