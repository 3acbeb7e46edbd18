package io.parcelclaims.rules.cn;

import io.parcelclaims.calendar.BusinessCalendar;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/**
 * Business calendars of mainland China, from the State Council's yearly holiday notices.
 *
 * <p>The statutory holidays are fixed by 全国年节及纪念日放假办法 (2024-11-10 revision, DOMAIN.md §7
 * [17]); the actual off days and make-up working days (调休上班) are fixed each year by the State
 * Council's notice, which is what these calendars hold. A new year needs a new notice, so each
 * calendar covers only the years whose notices it holds and refuses dates outside them.
 *
 * <p>This class holds data only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class ChineseCalendars {
  private static final ZoneId MAINLAND = ZoneId.of("Asia/Shanghai");

  /** 国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12), DOMAIN.md §7 [18][20]. */
  private static final List<HolidayArrangement> ARRANGEMENT_2025 =
      List.of(
          HolidayArrangement.of("New Year", "2025-01-01", "2025-01-01"),
          HolidayArrangement.of(
              "Spring Festival", "2025-01-28", "2025-02-04", "2025-01-26", "2025-02-08"),
          HolidayArrangement.of("Qingming", "2025-04-04", "2025-04-06"),
          HolidayArrangement.of("Labour Day", "2025-05-01", "2025-05-05", "2025-04-27"),
          HolidayArrangement.of("Dragon Boat", "2025-05-31", "2025-06-02"),
          HolidayArrangement.of(
              "National Day and Mid-Autumn", "2025-10-01", "2025-10-08", "2025-09-28",
              "2025-10-11"));

  /** 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), DOMAIN.md §7 [19][20]. */
  private static final List<HolidayArrangement> ARRANGEMENT_2026 =
      List.of(
          HolidayArrangement.of("New Year", "2026-01-01", "2026-01-03", "2026-01-04"),
          HolidayArrangement.of(
              "Spring Festival", "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28"),
          HolidayArrangement.of("Qingming", "2026-04-04", "2026-04-06"),
          HolidayArrangement.of("Labour Day", "2026-05-01", "2026-05-05", "2026-05-09"),
          HolidayArrangement.of("Dragon Boat", "2026-06-19", "2026-06-21"),
          HolidayArrangement.of("Mid-Autumn", "2026-09-25", "2026-09-27"),
          HolidayArrangement.of(
              "National Day", "2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10"));

  private static final BusinessCalendar MAINLAND_2025_TO_2026 =
      mainland(Year.of(2025), Year.of(2026), ARRANGEMENT_2025, ARRANGEMENT_2026);

  private ChineseCalendars() {}

  /**
   * The business calendar of mainland China for 2025 and 2026: zone {@code Asia/Shanghai}, weekends
   * Saturday and Sunday, and the off days and make-up working days of the State Council's notices
   * for 2025 (2024-11-12) and 2026 (2025-11-04), as tabled in DOMAIN.md §7 from sources [18], [19]
   * and [20] (secondary copies, tag [S]). DOMAIN.md §8 EX-15 calls this calendar policy {@code
   * CN-2025-2026}.
   *
   * <p>Dates in 2024 or 2027 and later are refused with {@link
   * io.parcelclaims.calendar.DateOutsideCalendarException}.
   *
   * @return the calendar; the same immutable instance on every call
   */
  public static BusinessCalendar mainland2025to2026() {
    return MAINLAND_2025_TO_2026;
  }

  @SafeVarargs
  private static BusinessCalendar mainland(
      Year first, Year last, List<HolidayArrangement>... arrangements) {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder().zone(MAINLAND).firstYear(first).lastYear(last);
    for (List<HolidayArrangement> arrangement : arrangements) {
      arrangement.forEach(row -> row.addTo(builder));
    }
    return builder.build();
  }
}
