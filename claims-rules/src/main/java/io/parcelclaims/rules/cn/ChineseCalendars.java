package io.parcelclaims.rules.cn;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.YearArrangement;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Business calendars of mainland China, from the State Council's yearly holiday notices.
 *
 * <p>The statutory holidays are fixed by 全国年节及纪念日放假办法 (2024-11-10 revision, docs/time-bars-and-calendars.md
 * [17]); the actual off days and make-up working days (调休上班) are fixed each year by the State
 * Council's notice, which is what these calendars hold for the years whose notice is known.
 *
 * <p>A year whose notice has not appeared yet is <b>provisional</b> in {@link #mainland()} (
 * docs/time-bars-and-calendars.md, "Years without a notice yet", rev. 2026-12): its off days are the statutory festival days of
 * the Measures' Art. 2 on their dates, and for a festival day on a weekend, or two festivals on one
 * date, the next working day (Art. 6's substitute day); there are no make-up working days and no
 * bridging. Every deadline and time-bar answer counted through such a year is marked provisional.
 * When the notice appears, the carrier supplies it as data ({@link #mainland(List)}, or {@link
 * BusinessCalendar#withArrangement(YearArrangement)} with {@link YearArrangement#parse}), with no
 * new SDK release. A date beyond every known and provisional year is refused with {@link
 * io.parcelclaims.calendar.DateOutsideCalendarException}.
 *
 * <p>This class holds data only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class ChineseCalendars {
  private static final ZoneId MAINLAND = ZoneId.of("Asia/Shanghai");

  /** 国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12), docs/time-bars-and-calendars.md [18][20]. */
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

  /** 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), docs/time-bars-and-calendars.md [19][20]. */
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

  /**
   * 2027's statutory festival days on their dates (docs/time-bars-and-calendars.md "Years without a notice yet": 春节
   * 02-06 [S], one agreeing copy; the others [U], astronomical calendars not read).
   */
  private static final List<Festival> FESTIVALS_2027 =
      List.of(
          Festival.of("New Year", "2027-01-01"),
          Festival.of("Spring Festival", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"),
          Festival.of("Qingming", "2027-04-05"),
          Festival.of("Labour Day", "2027-05-01", "2027-05-02"),
          Festival.of("Dragon Boat", "2027-06-09"),
          Festival.of("Mid-Autumn", "2027-09-15"),
          Festival.of("National Day", "2027-10-01", "2027-10-02", "2027-10-03"));

  /** 2028's statutory festival days on their dates (docs/time-bars-and-calendars.md, all [U]). */
  private static final List<Festival> FESTIVALS_2028 =
      List.of(
          Festival.of("New Year", "2028-01-01"),
          Festival.of("Spring Festival", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28"),
          Festival.of("Qingming", "2028-04-04"),
          Festival.of("Labour Day", "2028-05-01", "2028-05-02"),
          Festival.of("Dragon Boat", "2028-05-28"),
          Festival.of("Mid-Autumn", "2028-10-03"),
          Festival.of("National Day", "2028-10-01", "2028-10-02", "2028-10-03"));

  private static final BusinessCalendar MAINLAND_2025_TO_2026 =
      mainland(Year.of(2025), Year.of(2026), ARRANGEMENT_2025, ARRANGEMENT_2026);

  private static final BusinessCalendar MAINLAND_2025_TO_2028 = mainlandWithProvisionalYears();

  private ChineseCalendars() {}

  /**
   * The business calendar of mainland China for 2025 to 2028: zone {@code Asia/Shanghai}, weekends
   * Saturday and Sunday; 2025 and 2026 as {@link #mainland2025to2026()} from the State Council's
   * notices, 2027 and 2028 {@linkplain BusinessCalendar#provisionalYears() provisional} (
   * docs/time-bars-and-calendars.md, "Years without a notice yet", rev. 2026-12).
   *
   * <p>A provisional year's off days are its statutory festival days (全国年节及纪念日放假办法 Art. 2,
   * [17]) on the dates docs/time-bars-and-calendars.md tables (2027: 春节 02-06 [S], the others [U]; 2028: all [U]),
   * and for each festival day on a Saturday or Sunday, or sharing its date with another festival,
   * the next working day (Art. 6). So 2027's Spring Festival is off from 02-05 to 02-10, Labour Day
   * from 05-01 to 05-04 and National Day from 10-01 to 10-05; 2028's National Day, with Mid-Autumn
   * on 10-03, from 10-01 to 10-05. A provisional year has no make-up working days.
   *
   * <p>Dates in 2024 or 2029 and later are refused with {@link
   * io.parcelclaims.calendar.DateOutsideCalendarException}.
   *
   * @return the calendar; the same immutable instance on every call
   * @since 0.2.0
   */
  public static BusinessCalendar mainland() {
    return MAINLAND_2025_TO_2028;
  }

  /**
   * {@link #mainland()} with the yearly notices a carrier supplies as data, each replacing what the
   * calendar held for its year: a provisional year becomes known, and a notice for 2029 extends the
   * calendar by that year.
   *
   * @param notices the State Council's arrangements, as data, at most one per year
   * @return the calendar
   * @throws io.parcelclaims.value.InvalidValueException if a notice's year is neither covered nor
   *     next to the covered years, or two notices are for the same year
   * @since 0.2.0
   */
  public static BusinessCalendar mainland(List<YearArrangement> notices) {
    Objects.requireNonNull(notices, "notices");
    Set<Year> seen = new TreeSet<>();
    List<Violation> repeated = new ArrayList<>();
    BusinessCalendar calendar = MAINLAND_2025_TO_2028;
    for (int i = 0; i < notices.size(); i++) {
      YearArrangement notice = Objects.requireNonNull(notices.get(i), "notices[" + i + "]");
      if (!seen.add(notice.year())) {
        repeated.add(
            Violation.of(
                "notices[" + i + "].year",
                "calendar.arrangement-repeated",
                "repeats the year " + notice.year(),
                notice.year()));
      }
    }
    if (!repeated.isEmpty()) {
      throw new InvalidValueException(repeated);
    }
    for (YearArrangement notice : notices) {
      calendar = calendar.withArrangement(notice);
    }
    return calendar;
  }

  /**
   * {@link #mainland()} with the yearly notices a carrier supplies as data.
   *
   * @param notices the State Council's arrangements, at most one per year
   * @return the calendar
   * @throws io.parcelclaims.value.InvalidValueException as {@link #mainland(List)}
   * @since 0.2.0
   */
  public static BusinessCalendar mainland(YearArrangement... notices) {
    return mainland(List.of(notices));
  }

  /**
   * The business calendar of mainland China for 2025 and 2026: zone {@code Asia/Shanghai}, weekends
   * Saturday and Sunday, and the off days and make-up working days of the State Council's notices
   * for 2025 (2024-11-12) and 2026 (2025-11-04), as tabled in docs/time-bars-and-calendars.md from sources [18], [19]
   * and [20] (secondary copies, tag [S]). docs/worked-examples.md EX-15 calls this calendar policy {@code
   * CN-2025-2026}.
   *
   * <p>Dates in 2024 or 2027 and later are refused with {@link
   * io.parcelclaims.calendar.DateOutsideCalendarException}; for claims whose windows run into 2027
   * use {@link #mainland()}, which has 2027 and 2028 as provisional years.
   *
   * @return the calendar; the same immutable instance on every call
   */
  public static BusinessCalendar mainland2025to2026() {
    return MAINLAND_2025_TO_2026;
  }

  private static BusinessCalendar mainlandWithProvisionalYears() {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder().zone(MAINLAND).firstYear(Year.of(2025)).lastYear(Year.of(2028));
    for (List<HolidayArrangement> arrangement : List.of(ARRANGEMENT_2025, ARRANGEMENT_2026)) {
      arrangement.forEach(row -> row.addTo(builder));
    }
    for (List<Festival> festivals : List.of(FESTIVALS_2027, FESTIVALS_2028)) {
      builder.provisionalYear(Year.from(festivals.get(0).days().get(0)));
      provisionalOffDays(festivals).forEach(builder::offDay);
    }
    return builder.build();
  }

  /**
   * A provisional year's off days: every festival day, and for each festival day on a weekend, or
   * on a date another festival has taken, the first later day that is a weekday and neither a
   * festival date nor already off (Art. 6's substitute day; docs/time-bars-and-calendars.md).
   */
  static Set<LocalDate> provisionalOffDays(List<Festival> festivals) {
    List<LocalDate> days =
        festivals.stream().flatMap(f -> f.days().stream()).sorted().toList();
    Set<LocalDate> festivalDates = new TreeSet<>(days);
    Set<LocalDate> off = new TreeSet<>();
    Set<LocalDate> taken = new TreeSet<>();
    for (LocalDate day : days) {
      if (isWeekday(day) && taken.add(day)) {
        off.add(day);
        continue;
      }
      off.add(day);
      LocalDate substitute = day.plusDays(1);
      while (!isWeekday(substitute) || festivalDates.contains(substitute) || off.contains(substitute)) {
        substitute = substitute.plusDays(1);
      }
      off.add(substitute);
    }
    return off;
  }

  private static boolean isWeekday(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /** A statutory festival of the Measures' Art. 2 and its days in one year. */
  record Festival(String name, List<LocalDate> days) {
    Festival {
      days = List.copyOf(days);
    }

    static Festival of(String name, String... days) {
      return new Festival(name, Stream.of(days).map(LocalDate::parse).toList());
    }
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
