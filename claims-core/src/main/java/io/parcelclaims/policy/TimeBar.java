package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;

/**
 * A time bar: says whether a claim (or the notice before it) comes too early, in time, or after the
 * period a rule set allows.
 *
 * <p>Implementations are pure and deterministic, like a {@link CompensationPolicy}: the dates come
 * from the claim, its evidence and the context, instants become dates in the context's zone, and
 * any calendar is part of the time bar. Put time bars in front of a policy with {@link
 * GuardedPolicy}.
 *
 * @since 0.1.0
 */
public interface TimeBar {

  /** {@return the rule's id and version, which the answer's step names} */
  PolicyId id();

  /**
   * Checks a claim against the period.
   *
   * @param claim the claim
   * @param context its context; the zone turns the claim's instants into dates
   * @return the answer; never null
   * @throws io.parcelclaims.calendar.DateOutsideCalendarException if the time bar's calendar does
   *     not cover a day it needs
   */
  TimeBarAnswer check(Claim claim, AssessmentContext context);
}
