package io.parcelclaims.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A year's arrangement as data: the 2026 notice of docs/time-bars-and-calendars.md [S] [19][20]. */
class YearArrangementTest {
  private static final Year Y2026 = Year.of(2026);
  private static final String SOURCE = "国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)";

  private static YearArrangement built() {
    return YearArrangement.builder(Y2026)
        .offDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
        .makeUpWorkingDay(LocalDate.of(2026, 1, 4))
        .offDays(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))
        .makeUpWorkingDay(LocalDate.of(2026, 2, 14))
        .makeUpWorkingDay(LocalDate.of(2026, 2, 28))
        .offDays(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6))
        .source(SOURCE)
        .build();
  }

  private static List<String> pathsOf(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void reads_the_same_arrangement_from_text() {
    String text = """
        # the 2026 notice, first rows
        year 2026
        source 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)
        off 2026-01-01 2026-01-03
        work 2026-01-04

        off 2026-02-15 2026-02-23
        work 2026-02-14
        work 2026-02-28
        off 2026-04-04 2026-04-06
        """;

    YearArrangement parsed = YearArrangement.parse(text);

    assertEquals(built(), parsed);
    assertEquals(15, parsed.offDays().size());
    assertEquals(List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)),
        parsed.makeUpWorkingDays());
    assertEquals(SOURCE, parsed.source());
  }

  @Test
  void reports_every_malformed_line_at_once() {
    String text = """
        year 2026
        off 2026-01-01 2026-01-02 2026-01-03
        work 2026-13-01
        holiday 2026-01-01
        """;

    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> YearArrangement.parse(text));

    assertEquals(List.of("lines[1]", "lines[2]", "lines[3]", "source"), pathsOf(e));
  }

  @Test
  void reports_every_entry_that_does_not_fit_the_year() {
    YearArrangement.Builder builder = YearArrangement.builder(Y2026)
        .offDays(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 15))
        .offDays(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1))
        .makeUpWorkingDay(LocalDate.of(2026, 1, 1));

    InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);

    assertEquals(List.of("source", "offDays[0]", "offDays[1]", "makeUpWorkingDays[0]"), pathsOf(e));
  }

  @Test
  void a_calendar_built_from_the_arrangement_answers_as_the_notice_says() {
    BusinessCalendar calendar =
        BusinessCalendar.weekendsOnly(java.time.ZoneId.of("Asia/Shanghai"), Y2026, Y2026)
            .withArrangement(built());

    // docs/time-bars-and-calendars.md calendar test data: 2026-02-13 + 10 working days = 2026-03-05
    assertEquals(LocalDate.of(2026, 3, 5), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 10));
  }
}
