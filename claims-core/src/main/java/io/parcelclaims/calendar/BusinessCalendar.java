package io.parcelclaims.calendar;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which days are working days in a carrier's jurisdiction over a fixed range of years, and period
 * arithmetic over them.
 *
 * <p>A day is a working day if and only if it is a make-up working day (调休上班), or it is neither a
 * weekend day nor a listed off day (docs/time-bars-and-calendars.md). Off days are the days of the yearly holiday
 * notice, weekends inside a holiday run included. Periods follow Civil Code Art. 201–203
 * (docs/reading.md): the start day is not counted, a month or year period ends on the corresponding
 * day, and the end moves past an off day only when the caller asks for a {@link HolidayShift}.
 *
 * <p>The calendar covers whole years, {@link #firstYear()} to {@link #lastYear()}. Every date it is
 * given, returns or passes while counting must lie in those years; otherwise it throws {@link
 * DateOutsideCalendarException} rather than treat an unknown year as having no holidays. Instants
 * become dates in the calendar's own {@link #zone()}, never in the system's default zone.
 *
 * <p>A covered year is either known (its yearly notice is in the calendar) or {@linkplain
 * #provisionalYears() provisional}: known only by its statutory festival days and their substitute
 * days, which the notice, once published, will move (docs/time-bars-and-calendars.md, "Years without a notice yet").
 * Counting through a provisional year works, and every answer that depends on one of its days says
 * so: a {@link io.parcelclaims.servicelevel.Deadline} or a time bar's answer carries a provisional
 * mark, decided by {@link #isProvisionalBetween}. When the notice appears, {@link
 * #withArrangement(YearArrangement)} makes the year known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BusinessCalendar {
  private final ZoneId zone;
  private final Year firstYear;
  private final Year lastYear;
  private final Set<DayOfWeek> weekendDays;
  private final NavigableSet<LocalDate> offDays;
  private final NavigableSet<LocalDate> makeUpWorkingDays;
  private final NavigableSet<Year> provisionalYears;

  BusinessCalendar(
      ZoneId zone,
      Year firstYear,
      Year lastYear,
      Set<DayOfWeek> weekendDays,
      Set<LocalDate> offDays,
      Set<LocalDate> makeUpWorkingDays,
      Set<Year> provisionalYears) {
    this.zone = zone;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.weekendDays = Collections.unmodifiableSet(copyOf(weekendDays));
    this.offDays = Collections.unmodifiableNavigableSet(new TreeSet<>(offDays));
    this.makeUpWorkingDays = Collections.unmodifiableNavigableSet(new TreeSet<>(makeUpWorkingDays));
    this.provisionalYears = Collections.unmodifiableNavigableSet(new TreeSet<>(provisionalYears));
  }

  /** {@return a new builder; a builder builds one calendar} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A calendar whose only days off are the default weekend days, Saturday and Sunday.
   *
   * @param zone the zone for converting instants to dates
   * @param firstYear the first year covered
   * @param lastYear the last year covered, inclusive
   * @return the calendar
   * @throws io.parcelclaims.value.InvalidValueException if {@code lastYear} is before {@code
   *     firstYear}
   * @throws NullPointerException if an argument is null
   */
  public static BusinessCalendar weekendsOnly(ZoneId zone, Year firstYear, Year lastYear) {
    return builder().zone(zone).firstYear(firstYear).lastYear(lastYear).build();
  }

  /** {@return the zone in which instants become dates} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the first year covered} */
  public Year firstYear() {
    return firstYear;
  }

  /** {@return the last year covered, inclusive} */
  public Year lastYear() {
    return lastYear;
  }

  /**
   * Whether {@code date} lies in the covered years.
   *
   * @param date any date
   * @return true if the calendar can answer questions about {@code date}
   */
  public boolean covers(LocalDate date) {
    int year = date.getYear();
    return year >= firstYear.getValue() && year <= lastYear.getValue();
  }

  /**
   * The covered years known only by their statutory festival days, whose notice is not in the
   * calendar yet.
   *
   * @return those years in order; empty when every covered year is known
   * @since 0.2.0
   */
  public NavigableSet<Year> provisionalYears() {
    return provisionalYears;
  }

  /**
   * Whether {@code date} lies in a provisional year: whether it is a working day may change when
   * the year's notice appears.
   *
   * @param date a covered date
   * @return true for a day of a provisional year
   * @throws DateOutsideCalendarException if {@code date} is not covered
   * @since 0.2.0
   */
  public boolean isProvisional(LocalDate date) {
    return provisionalYears.contains(Year.from(covered(date)));
  }

  /**
   * Whether an answer counted from {@code first} to {@code last} goes through a provisional year:
   * whether any day from {@code first} to {@code last}, both included, lies in one. The days need
   * not be covered; a day outside the calendar is not provisional (it cannot have been counted).
   *
   * @param first the first day the answer depends on, such as a period's start day
   * @param last the last day it depends on, such as the period's last day; not before {@code
   *     first}
   * @return true when the answer must be marked provisional
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @since 0.2.0
   */
  public boolean isProvisionalBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    Year from = Year.from(first);
    return !provisionalYears.subSet(from, true, Year.from(last), true).isEmpty();
  }

  /**
   * This calendar with a year's arrangement in place of what it held for that year: the year
   * becomes known (no longer provisional), its off days and make-up working days are exactly the
   * arrangement's. A year just after the last covered year, or just before the first, extends the
   * covered years by that year.
   *
   * @param arrangement the year's notice, as data
   * @return the new calendar; this one is unchanged
   * @throws io.parcelclaims.value.InvalidValueException if the arrangement's year is neither
   *     covered nor next to the covered years
   * @since 0.2.0
   */
  public BusinessCalendar withArrangement(YearArrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    Year year = arrangement.year();
    if (year.isBefore(firstYear.minusYears(1)) || year.isAfter(lastYear.plusYears(1))) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "arrangement.year",
                  "calendar.arrangement-not-adjacent",
                  "must be covered by or next to the covered years " + firstYear + " to " + lastYear
                      + " (was " + year + ")",
                  year,
                  firstYear,
                  lastYear)));
    }
    Predicate<LocalDate> other = d -> !Year.from(d).equals(year);
    Set<LocalDate> off = offDays.stream().filter(other).collect(Collectors.toSet());
    off.addAll(arrangement.offDays());
    Set<LocalDate> makeUp = makeUpWorkingDays.stream().filter(other).collect(Collectors.toSet());
    makeUp.addAll(arrangement.makeUpWorkingDays());
    Set<Year> provisional = new TreeSet<>(provisionalYears);
    provisional.remove(year);
    return new BusinessCalendar(
        zone,
        year.isBefore(firstYear) ? year : firstYear,
        year.isAfter(lastYear) ? year : lastYear,
        weekendDays,
        off,
        makeUp,
        provisional);
  }

  /**
   * The date of {@code instant} in this calendar's zone.
   *
   * @param instant a point in time
   * @return the local date in {@link #zone()}
   * @throws DateOutsideCalendarException if that date is not covered
   */
  public LocalDate dateOf(Instant instant) {
    return covered(LocalDate.ofInstant(instant, zone));
  }

  /**
   * Whether {@code date} is a working day: a make-up working day, or neither a weekend day nor an
   * off day.
   *
   * @param date a covered date
   * @return true for a working day
   * @throws DateOutsideCalendarException if {@code date} is not covered
   */
  public boolean isWorkingDay(LocalDate date) {
    return isWorking(covered(date));
  }

  /**
   * Whether {@code date} is a listed off day (a holiday of the yearly notice, or a weekend inside a
   * holiday run). An ordinary weekend is not an off day.
   *
   * @param date a covered date
   * @return true for a listed off day
   * @throws DateOutsideCalendarException if {@code date} is not covered
   */
  public boolean isOffDay(LocalDate date) {
    return offDays.contains(covered(date));
  }

  /**
   * The day on which {@code n} working days after {@code start} have passed; the start day is not
   * counted, so the result is the {@code n}-th working day after it.
   *
   * @param start a covered date, itself not counted
   * @param n the number of working days, not negative; 0 returns {@code start}
   * @return the {@code n}-th working day after {@code start}
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws DateOutsideCalendarException if {@code start}, or any day up to the result, is not
   *     covered
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    requireNotNegative("n", n);
    LocalDate day = covered(start);
    for (int left = n; left > 0; ) {
      day = covered(day.plusDays(1));
      if (isWorking(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * The last day of a period of {@code n} calendar days starting after {@code start} (Civil Code
   * Art. 201), moved by {@code shift}.
   *
   * @param start a covered date, itself not counted
   * @param n the number of calendar days, not negative
   * @param shift how the last day moves when it is a day off
   * @return the last day of the period
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws DateOutsideCalendarException if {@code start}, the nominal last day or a day it moves
   *     past is not covered
   */
  public LocalDate plusCalendarDays(LocalDate start, int n, HolidayShift shift) {
    requireNotNegative("n", n);
    return shift(covered(start).plusDays(n), shift);
  }

  /**
   * The last day of a period of {@code months} months from {@code start}, moved by {@code shift}.
   *
   * <p>Civil Code Art. 202: the period ends on the corresponding day of the last month, or on that
   * month's last day when it has no corresponding day (January 31 plus one month ends on the last
   * day of February).
   *
   * @param start a covered date, itself not counted
   * @param months the number of months, not negative
   * @param shift how the last day moves when it is a day off
   * @return the last day of the period
   * @throws IllegalArgumentException if {@code months} is negative
   * @throws DateOutsideCalendarException if {@code start}, the nominal last day or a day it moves
   *     past is not covered
   */
  public LocalDate plusMonths(LocalDate start, int months, HolidayShift shift) {
    requireNotNegative("months", months);
    return shift(covered(start).plusMonths(months), shift);
  }

  /**
   * The last day of a period of {@code years} years from {@code start}, moved by {@code shift}.
   *
   * <p>Civil Code Art. 202: the period ends on the corresponding day, or on the last day of
   * February when it starts on February 29 and ends in a common year.
   *
   * @param start a covered date, itself not counted
   * @param years the number of years, not negative
   * @param shift how the last day moves when it is a day off
   * @return the last day of the period
   * @throws IllegalArgumentException if {@code years} is negative
   * @throws DateOutsideCalendarException if {@code start}, the nominal last day or a day it moves
   *     past is not covered
   */
  public LocalDate plusYears(LocalDate start, int years, HolidayShift shift) {
    requireNotNegative("years", years);
    return shift(covered(start).plusYears(years), shift);
  }

  /**
   * The number of working days after {@code fromExclusive} up to and including {@code toInclusive}.
   *
   * @param fromExclusive a covered date, itself not counted
   * @param toInclusive a covered date, not before {@code fromExclusive}
   * @return the number of working days in between; 0 when the dates are equal
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
   * @throws DateOutsideCalendarException if either date is not covered
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    covered(fromExclusive);
    covered(toInclusive);
    if (toInclusive.isBefore(fromExclusive)) {
      throw new IllegalArgumentException(
          "toInclusive " + toInclusive + " is before fromExclusive " + fromExclusive);
    }
    int count = 0;
    LocalDate day = fromExclusive.plusDays(1);
    while (!day.isAfter(toInclusive)) {
      if (isWorking(day)) {
        count++;
      }
      day = day.plusDays(1);
    }
    return count;
  }

  /**
   * The last day of a period ending nominally on {@code end}, moved by {@code shift}.
   *
   * @param end the nominal last day, covered
   * @param shift how the last day moves when it is a day off
   * @return {@code end}, or the day it moves to
   * @throws DateOutsideCalendarException if {@code end} or a day it moves past is not covered
   */
  public LocalDate shift(LocalDate end, HolidayShift shift) {
    Objects.requireNonNull(shift, "shift");
    LocalDate day = covered(end);
    return switch (shift) {
      case NONE -> day;
      case AFTER_HOLIDAY -> firstFrom(day, d -> !offDays.contains(d));
      case NEXT_WORKING_DAY -> firstFrom(day, this::isWorking);
    };
  }

  /**
   * Whether {@code other} is a calendar with the same zone, years, provisional years, weekend
   * days, off days and make-up working days.
   *
   * @param other any object
   * @return true for an equal calendar
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof BusinessCalendar that
        && zone.equals(that.zone)
        && firstYear.equals(that.firstYear)
        && lastYear.equals(that.lastYear)
        && weekendDays.equals(that.weekendDays)
        && offDays.equals(that.offDays)
        && makeUpWorkingDays.equals(that.makeUpWorkingDays)
        && provisionalYears.equals(that.provisionalYears);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        zone, firstYear, lastYear, weekendDays, offDays, makeUpWorkingDays, provisionalYears);
  }

  /**
   * {@return the zone, years, provisional years, weekend days and the number of off and make-up
   * days}
   */
  @Override
  public String toString() {
    return "BusinessCalendar[zone=" + zone
        + ", years=" + firstYear + " to " + lastYear
        + (provisionalYears.isEmpty() ? "" : ", provisionalYears=" + provisionalYears)
        + ", weekendDays=" + weekendDays
        + ", offDays=" + offDays.size()
        + ", makeUpWorkingDays=" + makeUpWorkingDays.size() + "]";
  }

  private boolean isWorking(LocalDate day) {
    return makeUpWorkingDays.contains(day)
        || !(weekendDays.contains(day.getDayOfWeek()) || offDays.contains(day));
  }

  private LocalDate firstFrom(LocalDate day, Predicate<LocalDate> wanted) {
    LocalDate candidate = day;
    while (!wanted.test(candidate)) {
      candidate = covered(candidate.plusDays(1));
    }
    return candidate;
  }

  private LocalDate covered(LocalDate date) {
    if (!covers(date)) {
      throw new DateOutsideCalendarException(date, firstYear, lastYear);
    }
    return date;
  }

  private static void requireNotNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative (was " + value + ")");
    }
  }

  // EnumSet.copyOf refuses an empty collection that is not itself an EnumSet.
  private static Set<DayOfWeek> copyOf(Collection<DayOfWeek> days) {
    EnumSet<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
    copy.addAll(days);
    return copy;
  }

  /**
   * Collects the parts of a {@link BusinessCalendar}; used once, then discarded.
   *
   * <p>The zone and both years are required; weekend days default to Saturday and Sunday. Each call
   * to {@link #offDay}, {@link #offDays} or {@link #makeUpWorkingDay} adds one entry, and a
   * violation names the entry by its position among the calls of that kind, counted from 0 ({@code
   * offDays[2]}, {@code makeUpWorkingDays[0]}). The order of entries has no other effect.
   *
   * <p>Not thread-safe: keep a builder local to the code that builds.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ZoneId zone;
    private Year firstYear;
    private Year lastYear;
    private Set<DayOfWeek> weekendDays;
    private final List<DaySpan> offDays = new ArrayList<>();
    private final List<LocalDate> makeUpWorkingDays = new ArrayList<>();
    private final List<Year> provisionalYears = new ArrayList<>();
    private boolean built;

    Builder() {}

    /**
     * Sets the zone in which instants become dates; required.
     *
     * @param zone the zone, such as {@code Asia/Shanghai}
     * @return this builder
     * @throws IllegalStateException if the zone is already set or the builder has built
     */
    public Builder zone(ZoneId zone) {
      requireUnset("zone", this.zone);
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the first year covered; required.
     *
     * @param year the first year
     * @return this builder
     * @throws IllegalStateException if the first year is already set or the builder has built
     */
    public Builder firstYear(Year year) {
      requireUnset("firstYear", firstYear);
      firstYear = Objects.requireNonNull(year, "year");
      return this;
    }

    /**
     * Sets the last year covered, inclusive; required, and not before the first year.
     *
     * @param year the last year
     * @return this builder
     * @throws IllegalStateException if the last year is already set or the builder has built
     */
    public Builder lastYear(Year year) {
      requireUnset("lastYear", lastYear);
      lastYear = Objects.requireNonNull(year, "year");
      return this;
    }

    /**
     * Replaces the default weekend days, Saturday and Sunday; no days at all is allowed.
     *
     * @param days the weekend days
     * @return this builder
     * @throws IllegalStateException if weekend days are already set or the builder has built
     */
    public Builder weekendDays(DayOfWeek... days) {
      requireUnset("weekendDays", weekendDays);
      weekendDays = copyOf(Arrays.asList(days));
      return this;
    }

    /**
     * Adds one listed off day.
     *
     * @param date a day off in the yearly notice, within the covered years
     * @return this builder
     * @throws IllegalStateException if the builder has built
     */
    public Builder offDay(LocalDate date) {
      return offDays(date, date);
    }

    /**
     * Adds a run of listed off days, both ends included, weekends inside the run included.
     *
     * @param first the first day off
     * @param last the last day off, not before {@code first}, within the covered years
     * @return this builder
     * @throws IllegalStateException if the builder has built
     */
    public Builder offDays(LocalDate first, LocalDate last) {
      requireNotBuilt();
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      offDays.add(new DaySpan(first, last));
      return this;
    }

    /**
     * Adds a make-up working day (调休上班): a working day even when it falls on a weekend.
     *
     * @param date a day within the covered years that is not also an off day
     * @return this builder
     * @throws IllegalStateException if the builder has built
     */
    public Builder makeUpWorkingDay(LocalDate date) {
      requireNotBuilt();
      makeUpWorkingDays.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Marks a covered year as provisional: known only by its statutory festival days and their
     * substitute days, given as off days, until its yearly notice appears (docs/time-bars-and-calendars.md).
     *
     * @param year a year within the covered years
     * @return this builder
     * @throws IllegalStateException if the builder has built
     * @since 0.2.0
     */
    public Builder provisionalYear(Year year) {
      requireNotBuilt();
      provisionalYears.add(Objects.requireNonNull(year, "year"));
      return this;
    }

    /**
     * Builds the calendar; afterwards this builder refuses every call.
     *
     * @return the calendar
     * @throws io.parcelclaims.value.InvalidValueException listing every violation: a missing zone
     *     or year, a last year before the first, an entry or provisional year outside the covered
     *     years, an off-day run that ends before it starts, or a make-up working day that is also
     *     an off day
     * @throws IllegalStateException if the builder has built before
     */
    public BusinessCalendar build() {
      requireNotBuilt();
      built = true;
      new CalendarInputChecks(
              zone, firstYear, lastYear, offDays, makeUpWorkingDays, provisionalYears)
          .throwIfAny();
      return new BusinessCalendar(
          zone,
          firstYear,
          lastYear,
          weekendDays == null ? EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : weekendDays,
          offDays.stream().flatMap(DaySpan::dates).collect(Collectors.toCollection(TreeSet::new)),
          new TreeSet<>(makeUpWorkingDays),
          new TreeSet<>(provisionalYears));
    }

    private void requireUnset(String name, Object current) {
      requireNotBuilt();
      if (current != null) {
        throw new IllegalStateException(name + " is already set");
      }
    }

    private void requireNotBuilt() {
      if (built) {
        throw new IllegalStateException("this builder has already built a calendar");
      }
    }
  }
}
