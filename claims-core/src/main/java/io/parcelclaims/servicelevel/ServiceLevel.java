package io.parcelclaims.servicelevel;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.internal.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One service-level clock: what it measures, when it starts, how long it runs, how binding it is
 * and where the number comes from.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceLevel {
  ServiceLevel() {}

  /** {@return a stable id, 1 to 64 letters, digits or {@code . _ -}, unique in a configuration} */
  public abstract String id();

  /** {@return what must be done before the deadline} */
  public abstract ServiceClock clock();

  /** {@return when the clock starts} */
  public abstract Milestone startsAt();

  /** {@return how long it runs} */
  public abstract CalendarPeriod length();

  /** {@return target or hard limit} */
  public abstract LimitKind kind();

  /** {@return how a last day that is a day off moves; {@link HolidayShift#NONE} unless set} */
  @Value.Default
  public HolidayShift shift() {
    return HolidayShift.NONE;
  }

  /** {@return the interval of further deadlines while the work is still not done, if it repeats} */
  public abstract Optional<CalendarPeriod> repeatEvery();

  /** {@return the source of the number, for audits (for example {@code "GB/T 27917 [S]"})} */
  public abstract String source();

  /**
   * The deadline when the clock starts at {@code startedAt}; provisional when a day from the start
   * day to the last day lies in a provisional year of {@code calendar}.
   *
   * @param startedAt when the starting milestone happened
   * @param calendar the business calendar
   * @return the deadline
   * @throws io.parcelclaims.calendar.DateOutsideCalendarException if the calendar does not cover
   *     the days needed
   */
  public final Deadline deadline(Instant startedAt, BusinessCalendar calendar) {
    Instant due = length().dueBefore(startedAt, calendar, shift());
    LocalDate last = lastDay(due, calendar);
    return new Deadline(id(), clock(), kind(), startedAt, last, due,
        calendar.isProvisionalBetween(calendar.dateOf(startedAt), last));
  }

  /**
   * The deadline after {@code previous} for a repeating service level: the repeat interval counted
   * from the day {@code previous} ran out; provisional when a day from there to the new last day
   * lies in a provisional year of {@code calendar}.
   *
   * @param previous the deadline before
   * @param calendar the business calendar
   * @return the next deadline, or empty if this service level does not repeat
   */
  public final Optional<Deadline> next(Deadline previous, BusinessCalendar calendar) {
    return repeatEvery()
        .map(
            every -> {
              Instant from = previous.lastDay().atStartOfDay(calendar.zone()).toInstant();
              Instant due = every.dueBefore(from, calendar, shift());
              LocalDate last = lastDay(due, calendar);
              return new Deadline(id(), clock(), kind(), previous.startedAt(), last, due,
                  calendar.isProvisionalBetween(previous.lastDay(), last));
            });
  }

  private static LocalDate lastDay(Instant due, BusinessCalendar calendar) {
    return due.minusNanos(1).atZone(calendar.zone()).toLocalDate();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (!Texts.CODE.matcher(id()).matches()) {
      checks.add(
          "id", "value.malformed", "must be 1 to 64 letters, digits or . _ - (was \"" + id() + "\")",
          id());
    }
    checks.notBlank("source", source());
    if (repeatEvery().isPresent() && repeatEvery().get().amount() == 0) {
      checks.add("repeatEvery", "value.must-be-positive", "must be positive (was 0)", 0);
    }
    checks.throwIfAny();
  }

  /** Builds a {@link ServiceLevel}; use once. */
  public static final class Builder extends ImmutableServiceLevel.Builder {
    Builder() {}
  }
}
