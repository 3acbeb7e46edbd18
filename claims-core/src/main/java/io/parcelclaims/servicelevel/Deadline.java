package io.parcelclaims.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One running deadline: which service level, when its clock started, the last day and the first
 * instant at which it is missed.
 *
 * @param serviceLevel the service level's id
 * @param clock what must be done by then
 * @param kind target or hard limit
 * @param startedAt when the clock started
 * @param lastDay the last day on which the work is still in time, in the calendar's zone
 * @param dueBefore the first instant at which the deadline is missed
 * @since 0.1.0
 */
public record Deadline(
    String serviceLevel,
    ServiceClock clock,
    LimitKind kind,
    Instant startedAt,
    LocalDate lastDay,
    Instant dueBefore) {

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
   * Whether the deadline is missed at {@code now}.
   *
   * @param now the instant asked about
   * @return true from {@link #dueBefore()} on
   */
  public boolean isMissedAt(Instant now) {
    return !now.isBefore(dueBefore);
  }
}
