package io.parcelclaims.servicelevel;

import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A carrier's service-level configuration: the clocks the workflow runs for each claim.
 *
 * <p>{@link #defaults()} holds only the seeds' internal target (10 working days from the report to
 * the end of handling); the legal and standard limits are presets in {@code claims-rules}. Ids are
 * unique; the order given is kept. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceLevels {
  /** Id of the default target of {@link #defaults()}. */
  public static final String SEED_TOTAL_HANDLING = "SEED-TOTAL-HANDLING-10WD";

  private final List<ServiceLevel> levels;

  private ServiceLevels(List<ServiceLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  /**
   * A configuration of the given service levels.
   *
   * @param levels the service levels, ids unique
   * @return the configuration
   * @throws InvalidValueException if two share an id
   */
  public static ServiceLevels of(List<ServiceLevel> levels) {
    Objects.requireNonNull(levels, "levels");
    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      ServiceLevel level = Objects.requireNonNull(levels.get(i), "levels[" + i + "]");
      if (!seen.add(level.id())) {
        violations.add(
            Violation.of(
                "levels[" + i + "].id",
                "service-level.duplicate-id",
                "duplicates the id " + level.id(),
                level.id()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
    return new ServiceLevels(levels);
  }

  /**
   * A configuration of the given service levels.
   *
   * @param levels the service levels, ids unique
   * @return the configuration
   * @throws InvalidValueException if two share an id
   */
  public static ServiceLevels of(ServiceLevel... levels) {
    return of(List.of(levels));
  }

  /**
   * The SDK's default: the seeds' average handling time of 10 working days from the report as the
   * carrier's total-handling target (docs/process.md, [seed]).
   *
   * @return the default configuration
   */
  public static ServiceLevels defaults() {
    return of(
        ServiceLevel.builder()
            .id(SEED_TOTAL_HANDLING)
            .clock(ServiceClock.TOTAL_HANDLING)
            .startsAt(Milestone.CLAIM_REPORTED)
            .length(CalendarPeriod.workingDays(10))
            .kind(LimitKind.TARGET)
            .source("seed [2] §三.1: average claim handling time 10 working days")
            .build());
  }

  /**
   * This configuration with more service levels after the present ones.
   *
   * @param more the levels to add, ids unique across both
   * @return the larger configuration
   * @throws InvalidValueException if an id is repeated
   */
  public ServiceLevels plus(List<ServiceLevel> more) {
    List<ServiceLevel> all = new ArrayList<>(levels);
    all.addAll(more);
    return of(all);
  }

  /** {@return every service level, in the order given} */
  public List<ServiceLevel> all() {
    return levels;
  }

  /**
   * The service levels whose clock starts at a milestone.
   *
   * @param milestone the milestone
   * @return those levels, in order
   */
  public List<ServiceLevel> startedBy(Milestone milestone) {
    return levels.stream().filter(l -> l.startsAt() == milestone).toList();
  }

  /**
   * The service levels that measure a clock.
   *
   * @param clock the clock
   * @return those levels, in order
   */
  public List<ServiceLevel> measuring(ServiceClock clock) {
    return levels.stream().filter(l -> l.clock() == clock).toList();
  }

  /**
   * Whether {@code other} holds equal service levels in the same order.
   *
   * @param other any object
   * @return true for an equal configuration
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceLevels that && levels.equals(that.levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  /** {@return the ids, for logs} */
  @Override
  public String toString() {
    return "ServiceLevels" + levels.stream().map(ServiceLevel::id).toList();
  }
}
