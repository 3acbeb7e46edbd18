package io.parcelclaims.workflow;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.Milestone;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.event.ClaimEscalated;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.ClaimRejected;
import io.parcelclaims.workflow.event.ClaimReported;
import io.parcelclaims.workflow.event.ClaimReturnedForCorrection;
import io.parcelclaims.workflow.event.ClaimVerified;
import io.parcelclaims.workflow.event.DeadlineStarted;
import io.parcelclaims.workflow.event.InvestigationOpened;
import io.parcelclaims.workflow.event.OfferAccepted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which deadlines a decision starts: the service levels whose milestone its events reach, and the
 * next deadline of a repeating level the decision's notice satisfies. The deadlines go into {@link
 * DeadlineStarted} events, so replay never needs the configuration.
 *
 * <p>A deadline counted through a provisional year is marked so in its event. The queries count
 * such a deadline again on today's calendar ({@link #recount}), so an arrangement supplied later
 * moves it, while the event keeps the value and mark it was recorded with.
 */
final class DeadlinePlanner {
  private final ServiceLevels levels;
  private final BusinessCalendar calendar;

  DeadlinePlanner(ServiceLevels levels, BusinessCalendar calendar) {
    this.levels = levels;
    this.calendar = calendar;
  }

  /**
   * Adds the deadline events after the decision's own events.
   *
   * @throws io.parcelclaims.calendar.DateOutsideCalendarException if a deadline needs days the
   *     calendar does not cover
   */
  void plan(Draft d, Instant now) {
    ClaimState before = d.state();
    ClaimState after = before;
    List<Reached> reached = new ArrayList<>();
    for (ClaimEvent e : d.events()) {
      reached.addAll(milestones(after, e));
      after = Evolution.evolve(after, e);
    }
    List<Deadline> started = new ArrayList<>();
    for (Reached r : reached) {
      for (ServiceLevel level : levels.startedBy(r.milestone())) {
        if (level.clock() == ServiceClock.CLAIM_FILING || !Clocks.isDone(level.clock(), after)) {
          started.add(level.deadline(r.at(), calendar));
        }
      }
    }
    for (Deadline running : after.deadlines()) {
      if (started.stream().noneMatch(s -> s.serviceLevel().equals(running.serviceLevel()))) {
        repeat(running, now).ifPresent(started::add);
      }
    }
    for (Deadline deadline : started) {
      d.emit(h -> new DeadlineStarted(h, deadline));
    }
  }

  /** A repeating level's deadline moves to one interval after this notice, never backwards. */
  private Optional<Deadline> repeat(Deadline running, Instant now) {
    Optional<ServiceLevel> level =
        levels.all().stream().filter(l -> l.id().equals(running.serviceLevel())).findFirst();
    if (level.isEmpty() || level.get().repeatEvery().isEmpty()) {
      return Optional.empty();
    }
    CalendarPeriod every = level.get().repeatEvery().get();
    Instant due = every.dueBefore(now, calendar, level.get().shift());
    if (!due.isAfter(running.dueBefore())) {
      return Optional.empty();
    }
    LocalDate last = due.minusNanos(1).atZone(calendar.zone()).toLocalDate();
    return Optional.of(new Deadline(running.serviceLevel(), running.clock(), running.kind(),
        running.startedAt(), last, due, calendar.isProvisionalBetween(calendar.dateOf(now), last)));
  }

  /**
   * The running deadlines as the calendar counts them now: each provisional one counted again from
   * its start by its service level, the others as recorded.
   */
  List<Deadline> running(ClaimState state) {
    return state.deadlines().stream().map(this::recount).toList();
  }

  /**
   * A recorded deadline counted again on this calendar when it was provisional: its service level's
   * deadline from the same start, which is no longer provisional once the years it goes through are
   * known. A deadline that was not provisional, whose level is no longer configured, whose level
   * repeats (its later deadlines count from notices the state does not keep), or that this calendar
   * cannot count, stays as recorded, mark included.
   */
  Deadline recount(Deadline recorded) {
    if (!recorded.provisional()) {
      return recorded;
    }
    Optional<ServiceLevel> level =
        levels.all().stream().filter(l -> l.id().equals(recorded.serviceLevel())).findFirst();
    if (level.isEmpty() || level.get().repeatEvery().isPresent()) {
      return recorded;
    }
    try {
      return level.get().deadline(recorded.startedAt(), calendar);
    } catch (DateOutsideCalendarException e) {
      return recorded;
    }
  }

  private static List<Reached> milestones(ClaimState before, ClaimEvent e) {
    List<Reached> out = new ArrayList<>();
    if (e instanceof ClaimReported r) {
      Shipment shipment = r.claim().shipment();
      out.add(new Reached(Milestone.CLAIM_REPORTED, r.claim().reportedAt()));
      out.add(new Reached(Milestone.PARCEL_ACCEPTED, shipment.acceptedAt()));
      if (shipment.promisedBy().isPresent() && shipment.deliveredAt().isEmpty()) {
        out.add(new Reached(Milestone.PROMISED_DELIVERY, shipment.promisedBy().get()));
      }
    } else if ((e instanceof ClaimVerified
            || e instanceof ClaimReturnedForCorrection
            || e instanceof ClaimRejected)
        && before.firstResponseAt().isEmpty()) {
      out.add(new Reached(Milestone.FIRST_RESPONSE_GIVEN, e.at()));
    } else if (e instanceof InvestigationOpened) {
      out.add(new Reached(Milestone.INVESTIGATION_OPENED, e.at()));
    } else if (e instanceof OfferAccepted) {
      out.add(new Reached(Milestone.AMOUNT_AGREED, e.at()));
    } else if (e instanceof ClaimEscalated) {
      out.add(new Reached(Milestone.COMPLAINT_RECEIVED, e.at()));
    }
    return out;
  }

  private record Reached(Milestone milestone, Instant at) {}
}
