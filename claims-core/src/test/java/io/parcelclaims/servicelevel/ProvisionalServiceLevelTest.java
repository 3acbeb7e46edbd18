package io.parcelclaims.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * SLA answers through a provisional year (docs/time-bars-and-calendars.md, rev. 2026-12): 2026 known (weekends only
 * here), 2027 provisional. Lengths from docs/time-bars-and-calendars.md: China Post's 30 days to answer, the seeds' 10
 * working days, Carmack's status every 60 days.
 */
class ProvisionalServiceLevelTest {
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder()
          .zone(ZoneId.of("Asia/Shanghai"))
          .firstYear(Year.of(2026))
          .lastYear(Year.of(2027))
          .provisionalYear(Year.of(2027))
          .offDay(LocalDate.of(2027, 1, 1))
          .build();

  private static ServiceLevel level(CalendarPeriod length) {
    return ServiceLevel.builder()
        .id("L")
        .clock(ServiceClock.STATUS_UPDATE)
        .startsAt(Milestone.CLAIM_REPORTED)
        .length(length)
        .repeatEvery(CalendarPeriod.calendarDays(60))
        .kind(LimitKind.TARGET)
        .shift(HolidayShift.AFTER_HOLIDAY)
        .source("docs/time-bars-and-calendars.md")
        .build();
  }

  @Test
  void a_deadline_counted_into_a_provisional_year_is_marked() {
    Deadline d = level(CalendarPeriod.calendarDays(30))
        .deadline(Instant.parse("2026-12-07T02:00:00Z"), CALENDAR);

    assertEquals(LocalDate.of(2027, 1, 6), d.lastDay());
    assertTrue(d.provisional());
  }

  @Test
  void a_working_day_deadline_ending_before_the_provisional_year_is_not_marked() {
    // Monday 2026-12-07 + 10 working days (weekends only) = Monday 2026-12-21
    Deadline d = level(CalendarPeriod.workingDays(10))
        .deadline(Instant.parse("2026-12-07T02:00:00Z"), CALENDAR);

    assertEquals(LocalDate.of(2026, 12, 21), d.lastDay());
    assertFalse(d.provisional());
  }

  @Test
  void the_next_deadline_of_a_repeating_level_is_marked_when_it_runs_into_the_provisional_year() {
    ServiceLevel level = level(CalendarPeriod.calendarDays(10));
    Deadline first = level.deadline(Instant.parse("2026-11-01T02:00:00Z"), CALENDAR);

    Deadline next = level.next(first, CALENDAR).orElseThrow();

    assertFalse(first.provisional());
    assertEquals(LocalDate.of(2027, 1, 10), next.lastDay());
    assertTrue(next.provisional());
  }

  @Test
  void a_deadline_built_without_the_mark_is_not_provisional() {
    Deadline d = new Deadline("L", ServiceClock.PAYMENT, LimitKind.TARGET,
        Instant.parse("2026-12-07T02:00:00Z"), LocalDate.of(2026, 12, 14),
        Instant.parse("2026-12-14T16:00:00Z"));

    assertFalse(d.provisional());
  }
}
