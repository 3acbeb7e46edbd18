package io.parcelclaims.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Dates and instants with the calendar's awkward days among their edge cases. */
public final class Dates {
  /** Seconds in a day. */
  public static final int SECONDS_PER_DAY = 86_400;

  private static final int MAX_EDGES_PER_KIND = 3;

  private Dates() {}

  /**
   * Dates from {@code first} to {@code last}, shrinking towards {@code first}. Edge cases: both
   * ends, and within the range the first few leap days (February 29), year ends (December 31) and
   * new years (January 1).
   *
   * @param first the earliest date
   * @param last the latest date, not before {@code first}
   * @return the dates
   */
  public static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    List<Long> edges = new ArrayList<>();
    int leap = 0;
    int ends = 0;
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      if (leap < MAX_EDGES_PER_KIND && java.time.Year.isLeap(year)) {
        leap += add(edges, LocalDate.of(year, Month.FEBRUARY, 29), first, last);
      }
      if (ends < MAX_EDGES_PER_KIND) {
        int added = add(edges, LocalDate.of(year, Month.DECEMBER, 31), first, last);
        added += add(edges, LocalDate.of(year, Month.JANUARY, 1), first, last);
        ends += Math.min(added, 1);
      }
      if (leap >= MAX_EDGES_PER_KIND && ends >= MAX_EDGES_PER_KIND) {
        break;
      }
    }
    return Arbitraries.longs()
        .between(first.toEpochDay(), last.toEpochDay())
        .edgeCases(c -> c.add(edges.toArray(Long[]::new)))
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Instants on the given dates at any second of the day in {@code zone}; edge cases include the
   * first and the last second of a day.
   *
   * @param dates the dates
   * @param zone the zone in which the dates are read
   * @return the instants
   */
  public static Arbitrary<Instant> instantsOn(Arbitrary<LocalDate> dates, ZoneId zone) {
    Arbitrary<Integer> seconds = Arbitraries.integers().between(0, SECONDS_PER_DAY - 1);
    return Combinators.combine(dates, seconds).as((date, second) -> at(date, second, zone));
  }

  /**
   * The instant {@code second} seconds after the start of {@code date} in {@code zone}, kept within
   * that date on days shortened by a daylight-saving change.
   *
   * @param date the date
   * @param second seconds after the start of the day, from 0
   * @param zone the zone
   * @return the instant, on {@code date} in {@code zone}
   */
  public static Instant at(LocalDate date, int second, ZoneId zone) {
    Instant start = date.atStartOfDay(zone).toInstant();
    Instant next = date.plusDays(1).atStartOfDay(zone).toInstant();
    long length = next.getEpochSecond() - start.getEpochSecond();
    return start.plusSeconds(Math.min(second, length - 1));
  }

  private static int add(List<Long> edges, LocalDate date, LocalDate first, LocalDate last) {
    if (date.isBefore(first) || date.isAfter(last) || edges.contains(date.toEpochDay())) {
      return 0;
    }
    edges.add(date.toEpochDay());
    return 1;
  }
}
