package io.parcelclaims.testkit.internal;

import io.parcelclaims.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Business calendars with holiday runs and make-up working days, valid by construction: every run
 * lies in the covered years, and a make-up day is placed next to a run, never on an off day.
 */
public final class Calendars {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("Asia/Hong_Kong"), ZoneId.of("Europe/Berlin"));

  /** Where a holiday run is placed. */
  enum Anchor {
    /** Anywhere in the covered years. */
    ANYWHERE,
    /** Across a year end (or up to it when one year is covered). */
    YEAR_END,
    /** Around February 29 of a covered leap year. */
    LEAP_DAY
  }

  private record Run(Anchor anchor, int yearPick, int dayPick, int length) {}

  private record MakeUp(int runPick, boolean before) {}

  private Calendars() {}

  /**
   * Calendars covering one to three consecutive years starting from {@code minYear} to {@code
   * maxYear}.
   *
   * @param minYear the earliest first year
   * @param maxYear the latest first year
   * @return the calendars
   */
  public static Arbitrary<BusinessCalendar> startingBetween(int minYear, int maxYear) {
    return Combinators.combine(Arbitraries.integers().between(minYear, maxYear), Arbitraries.integers().between(0, 2))
        .as(Tuple::of)
        .flatMap(t -> covering(Year.of(t.get1()), Year.of(t.get1() + t.get2())));
  }

  /**
   * Calendars covering exactly {@code first} to {@code last}.
   *
   * @param first the first year covered
   * @param last the last year covered
   * @return the calendars
   */
  public static Arbitrary<BusinessCalendar> covering(Year first, Year last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last year " + last + " is before first year " + first);
    }
    Arbitrary<Run> runs =
        Combinators.combine(
                Arbitraries.frequencyOf(
                        Tuple.of(6, Arbitraries.just(Anchor.ANYWHERE)),
                        Tuple.of(1, Arbitraries.just(Anchor.YEAR_END)),
                        Tuple.of(1, Arbitraries.just(Anchor.LEAP_DAY)))
                    .edgeCases(c -> c.add(Anchor.YEAR_END, Anchor.LEAP_DAY)),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 365),
                Arbitraries.integers().between(1, 8))
            .as(Run::new);
    Arbitrary<MakeUp> makeUps =
        Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(true, false)).as(MakeUp::new);
    Arbitrary<Integer> weekends =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(1)), Tuple.of(1, Arbitraries.just(2)));
    return Combinators.combine(
            Arbitraries.of(ZONES), weekends, runs.list().ofMaxSize(6), makeUps.list().ofMaxSize(4))
        .as((zone, weekend, r, m) -> build(first, last, zone, weekend, r, m));
  }

  private static BusinessCalendar build(
      Year first, Year last, ZoneId zone, int weekend, List<Run> runs, List<MakeUp> makeUps) {
    BusinessCalendar.Builder b = BusinessCalendar.builder().zone(zone).firstYear(first).lastYear(last);
    if (weekend == 1) {
      b.weekendDays(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    } else if (weekend == 2) {
      b.weekendDays();
    }
    LocalDate firstDay = first.atDay(1);
    LocalDate lastDay = last.atDay(last.length());
    List<LocalDate[]> spans = new ArrayList<>();
    for (Run run : runs) {
      LocalDate[] span = place(run, first, last);
      if (span[1].isAfter(lastDay)) {
        span[1] = lastDay;
      }
      spans.add(span);
      b.offDays(span[0], span[1]);
    }
    List<LocalDate> placed = new ArrayList<>();
    for (MakeUp m : makeUps) {
      if (spans.isEmpty()) {
        break;
      }
      LocalDate[] span = spans.get(m.runPick() % spans.size());
      LocalDate day = m.before() ? span[0].minusDays(1) : span[1].plusDays(1);
      boolean covered = !day.isBefore(firstDay) && !day.isAfter(lastDay);
      if (covered && !placed.contains(day) && spans.stream().noneMatch(s -> !day.isBefore(s[0]) && !day.isAfter(s[1]))) {
        placed.add(day);
        b.makeUpWorkingDay(day);
      }
    }
    return b.build();
  }

  private static LocalDate[] place(Run run, Year first, Year last) {
    int years = last.getValue() - first.getValue() + 1;
    switch (run.anchor()) {
      case YEAR_END -> {
        if (years >= 2) {
          int year = first.getValue() + run.yearPick() % (years - 1);
          return new LocalDate[] {LocalDate.of(year, Month.DECEMBER, 30), LocalDate.of(year + 1, Month.JANUARY, 2)};
        }
        return new LocalDate[] {LocalDate.of(first.getValue(), Month.DECEMBER, 29), LocalDate.of(first.getValue(), Month.DECEMBER, 31)};
      }
      case LEAP_DAY -> {
        List<Integer> leaps = new ArrayList<>();
        for (int y = first.getValue(); y <= last.getValue(); y++) {
          if (Year.isLeap(y)) {
            leaps.add(y);
          }
        }
        if (!leaps.isEmpty()) {
          int year = leaps.get(run.yearPick() % leaps.size());
          return new LocalDate[] {LocalDate.of(year, Month.FEBRUARY, 28), LocalDate.of(year, Month.MARCH, 1)};
        }
        return anywhere(run, first, years);
      }
      default -> {
        return anywhere(run, first, years);
      }
    }
  }

  private static LocalDate[] anywhere(Run run, Year first, int years) {
    Year year = first.plusYears(run.yearPick() % years);
    LocalDate start = year.atDay(1 + run.dayPick() % year.length());
    return new LocalDate[] {start, start.plusDays(run.length() - 1L)};
  }
}
