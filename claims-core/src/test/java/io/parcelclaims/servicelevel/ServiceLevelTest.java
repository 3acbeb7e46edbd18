package io.parcelclaims.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers from docs/time-bars-and-calendars.md (2025 National Day arrangement) and §8 EX-15, EX-16. */
class ServiceLevelTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final BusinessCalendar NATIONAL_DAY_2025 =
      BusinessCalendar.builder()
          .zone(SHANGHAI)
          .firstYear(Year.of(2025))
          .lastYear(Year.of(2026))
          .offDays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
          .makeUpWorkingDay(LocalDate.of(2025, 9, 28))
          .makeUpWorkingDay(LocalDate.of(2025, 10, 11))
          .build();

  private static Instant at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SHANGHAI).toInstant();
  }

  /** A complaint clock; strict builders take each attribute once, so the rest is set here. */
  private static ServiceLevel.Builder level(String id) {
    return level(id, ServiceClock.COMPLAINT_ANSWER, Milestone.COMPLAINT_RECEIVED);
  }

  private static ServiceLevel.Builder level(String id, ServiceClock clock, Milestone start) {
    return ServiceLevel.builder().id(id).clock(clock).startsAt(start).kind(LimitKind.HARD_LIMIT);
  }

  @Test
  void default_target_is_ten_working_days_from_the_report_ex15() {
    ServiceLevel seed = ServiceLevels.defaults().startedBy(Milestone.CLAIM_REPORTED).get(0);

    Deadline deadline = seed.deadline(at(2025, 9, 26, 15), NATIONAL_DAY_2025);

    assertEquals(LocalDate.of(2025, 10, 16), deadline.lastDay());
    assertEquals(at(2025, 10, 17, 0), deadline.dueBefore());
    assertEquals(LimitKind.TARGET, deadline.kind());
    assertEquals(ServiceClock.TOTAL_HANDLING, deadline.clock());
  }

  @Test
  void complaint_clock_moves_past_national_day_only_with_the_art_203_shift_ex15() {
    Instant received = at(2025, 9, 26, 9);
    ServiceLevel plain = level("complaint").length(CalendarPeriod.calendarDays(7)).source("docs/time-bars-and-calendars.md").build();
    ServiceLevel shifted =
        level("complaint").length(CalendarPeriod.calendarDays(7)).shift(HolidayShift.AFTER_HOLIDAY)
            .source("docs/time-bars-and-calendars.md").build();

    assertEquals(LocalDate.of(2025, 10, 3), plain.deadline(received, NATIONAL_DAY_2025).lastDay());
    assertEquals(
        LocalDate.of(2025, 10, 9), shifted.deadline(received, NATIONAL_DAY_2025).lastDay());
  }

  @Test
  void an_hours_clock_runs_from_the_instant_not_the_day() {
    ServiceLevel answer = level("answer").length(CalendarPeriod.hours(24)).source("docs/time-bars-and-calendars.md").build();

    Deadline deadline = answer.deadline(at(2025, 9, 26, 15), NATIONAL_DAY_2025);

    assertEquals(at(2025, 9, 27, 15), deadline.dueBefore());
    assertEquals(LocalDate.of(2025, 9, 27), deadline.lastDay());
    assertFalse(deadline.isMissedAt(at(2025, 9, 27, 14)));
    assertTrue(deadline.isMissedAt(at(2025, 9, 27, 15)));
  }

  @Test
  void a_repeating_clock_gives_the_next_deadline_from_the_last_day_ex16() {
    BusinessCalendar weekends = BusinessCalendar.weekendsOnly(SHANGHAI, Year.of(2025), Year.of(2025));
    ServiceLevel status =
        level("status", ServiceClock.STATUS_UPDATE, Milestone.CLAIM_REPORTED)
            .source("docs/time-bars-and-calendars.md")
            .length(CalendarPeriod.calendarDays(120))
            .repeatEvery(CalendarPeriod.calendarDays(60))
            .build();

    Deadline first = status.deadline(at(2025, 1, 10, 10), weekends);
    Deadline second = status.next(first, weekends).orElseThrow();
    Deadline third = status.next(second, weekends).orElseThrow();

    assertEquals(LocalDate.of(2025, 5, 10), first.lastDay());
    assertEquals(LocalDate.of(2025, 7, 9), second.lastDay());
    assertEquals(LocalDate.of(2025, 9, 7), third.lastDay());
  }

  @Test
  void a_clock_that_does_not_repeat_has_no_next_deadline() {
    ServiceLevel once = level("once").length(CalendarPeriod.calendarDays(7)).source("docs/time-bars-and-calendars.md").build();
    Deadline first = once.deadline(at(2025, 9, 26, 9), NATIONAL_DAY_2025);

    assertTrue(once.next(first, NATIONAL_DAY_2025).isEmpty());
  }

  @Test
  void duplicate_ids_are_refused_with_the_path_of_the_second() {
    ServiceLevel a = level("same").length(CalendarPeriod.calendarDays(7)).source("docs/time-bars-and-calendars.md").build();
    ServiceLevel b = level("same").length(CalendarPeriod.calendarDays(30)).source("docs/time-bars-and-calendars.md").build();

    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ServiceLevels.of(a, b));

    assertEquals(List.of("levels[1].id"), e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void a_bad_id_and_a_blank_source_are_reported_together() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> level("no spaces").length(CalendarPeriod.calendarDays(7)).source(" ").build());

    assertEquals(List.of("id", "source"), e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void a_negative_period_is_refused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> CalendarPeriod.calendarDays(-1));

    assertEquals("amount", e.violations().get(0).path());
  }
}
