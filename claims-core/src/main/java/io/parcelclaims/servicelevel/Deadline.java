package io.parcelclaims.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One running deadline: which service level, when its clock started, the last day and the first
 * instant at which it is missed, and whether it was counted through a provisional year.
 *
 * <p>A provisional deadline was counted through a year known only by its statutory festival days
 * (docs/time-bars-and-calendars.md, {@link io.parcelclaims.calendar.BusinessCalendar#provisionalYears()}): its last day
 * may move when that year's notice appears, and every answer that shows it must say so.
 *
 * @param serviceLevel the service level's id
 * @param clock what must be done by then
 * @param kind target or hard limit
 * @param startedAt when the clock started
 * @param lastDay the last day on which the work is still in time, in the calendar's zone
 * @param dueBefore the first instant at which the deadline is missed
 * @param provisional whether a day from the start day to the last day lies in a provisional year
 *     of the calendar it was counted on (since 0.2.0)
 * @since 0.1.0
 */
public record Deadline(
    String serviceLevel,
    ServiceClock clock,
    LimitKind kind,
    Instant startedAt,
    LocalDate lastDay,
    Instant dueBefore,
    boolean provisional) {

  /** Requires every part. */
  public Deadline {
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(dueBefore, "dueBefore");
  }

  /**
   * A deadline counted on known years only, not provisional.
   *
   * @param serviceLevel the service level's id
   * @param clock what must be done by then
   * @param kind target or hard limit
   * @param startedAt when the clock started
   * @param lastDay the last day on which the work is still in time, in the calendar's zone
   * @param dueBefore the first instant at which the deadline is missed
   */
  public Deadline(
      String serviceLevel,
      ServiceClock clock,
      LimitKind kind,
      Instant startedAt,
      LocalDate lastDay,
      Instant dueBefore) {
    this(serviceLevel, clock, kind, startedAt, lastDay, dueBefore, false);
  }

  /**
   * Whether the deadline is missed at {@code now}.
   *
   * @param now the instant asked about
   * @return true from {@link #dueBefore()} on
   */
  public boolean isMissedAt(Instant now) {
    return !now.isBefore(dueBefore);
  }
}
