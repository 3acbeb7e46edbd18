package io.parcelclaims.policy;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TimeBar}'s answer for one claim: too early, in time or barred, the date that goes with
 * it, and the explanation step.
 *
 * <p>The date is the first day on which the claim becomes possible ({@link Timeliness#TOO_EARLY}),
 * the last day of the period ({@link Timeliness#IN_TIME}; empty when no period applies to the claim
 * or the period has not started), or the last day that was allowed ({@link Timeliness#BARRED}). Only
 * a barred answer has a denial reason. Build answers with the factories. Immutable and thread-safe.
 *
 * <p>An answer is {@linkplain #provisional() provisional} when the time bar counted its date through
 * a year its calendar knows only by the statutory festival days (docs/time-bars-and-calendars.md, "Years without a
 * notice yet"): the year's notice may move the date, and with it the answer.
 *
 * @param timeliness too early, in time or barred
 * @param date the date described above
 * @param reason the denial reason, present exactly when barred
 * @param step the step explaining the answer
 * @param provisional whether the date was counted through a provisional year (since 0.2.0)
 * @since 0.1.0
 */
public record TimeBarAnswer(
    Timeliness timeliness,
    Optional<LocalDate> date,
    Optional<DenialReason> reason,
    ExplanationStep step,
    boolean provisional) {

  /**
   * Checks the parts fit together.
   *
   * @throws InvalidValueException if a too-early or barred answer has no date, or the reason is
   *     present for an answer that is not barred or absent for one that is
   */
  public TimeBarAnswer {
    Objects.requireNonNull(timeliness, "timeliness");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(step, "step");
    List<Violation> violations = new ArrayList<>();
    if (timeliness != Timeliness.IN_TIME && date.isEmpty()) {
      violations.add(Violation.of("date", "time-bar.date-required", "is required when " + timeliness));
    }
    if ((timeliness == Timeliness.BARRED) != reason.isPresent()) {
      violations.add(
          Violation.of("reason", "time-bar.reason-only-when-barred", "must be given exactly when barred"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
  }

  /**
   * An answer counted on known years only, not provisional.
   *
   * @param timeliness too early, in time or barred
   * @param date the date that goes with it
   * @param reason the denial reason, present exactly when barred
   * @param step the step explaining the answer
   * @throws InvalidValueException as the canonical constructor
   */
  public TimeBarAnswer(
      Timeliness timeliness, Optional<LocalDate> date, Optional<DenialReason> reason, ExplanationStep step) {
    this(timeliness, date, reason, step, false);
  }

  /**
   * This answer marked provisional, or not.
   *
   * @param value whether the date was counted through a provisional year
   * @return a copy with that mark; the rest unchanged
   * @since 0.2.0
   */
  public TimeBarAnswer withProvisional(boolean value) {
    return new TimeBarAnswer(timeliness, date, reason, step, value);
  }

  /**
   * Too early: the claim becomes possible on {@code possibleFrom}.
   *
   * @param possibleFrom the first day on which it is possible
   * @param step the explaining step
   * @return the answer
   */
  public static TimeBarAnswer tooEarly(LocalDate possibleFrom, ExplanationStep step) {
    return new TimeBarAnswer(Timeliness.TOO_EARLY, Optional.of(possibleFrom), Optional.empty(), step);
  }

  /**
   * In time; the period ends on {@code lastDay}.
   *
   * @param lastDay the last day of the period
   * @param step the explaining step
   * @return the answer
   */
  public static TimeBarAnswer inTime(LocalDate lastDay, ExplanationStep step) {
    return new TimeBarAnswer(Timeliness.IN_TIME, Optional.of(lastDay), Optional.empty(), step);
  }

  /**
   * In time because no period applies to this claim, or its period has not started.
   *
   * @param step the explaining step
   * @return the answer
   */
  public static TimeBarAnswer notLimited(ExplanationStep step) {
    return new TimeBarAnswer(Timeliness.IN_TIME, Optional.empty(), Optional.empty(), step);
  }

  /**
   * Barred: {@code lastAllowedDay} was the last day allowed.
   *
   * @param lastAllowedDay the last day of the period
   * @param reason why the claim is denied, such as {@link DenialReason#TIME_BARRED}
   * @param step the explaining step
   * @return the answer
   */
  public static TimeBarAnswer barred(LocalDate lastAllowedDay, DenialReason reason, ExplanationStep step) {
    return new TimeBarAnswer(Timeliness.BARRED, Optional.of(lastAllowedDay), Optional.of(reason), step);
  }

  /** {@return whether the answer is {@link Timeliness#BARRED}} */
  public boolean isBarred() {
    return timeliness == Timeliness.BARRED;
  }

  /** {@return whether the answer is {@link Timeliness#TOO_EARLY}} */
  public boolean isTooEarly() {
    return timeliness == Timeliness.TOO_EARLY;
  }
}
