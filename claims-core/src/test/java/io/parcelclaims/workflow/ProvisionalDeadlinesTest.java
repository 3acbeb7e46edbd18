package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static io.parcelclaims.workflow.WorkflowFixtures.LOSS_ID;
import static io.parcelclaims.workflow.WorkflowFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.calendar.YearArrangement;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.Milestone;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.stored.EventCodec;
import io.parcelclaims.stored.StoredEvent;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.DeadlineStarted;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Deadlines counted through a year without a State Council notice (docs/time-bars-and-calendars.md, "Years without a
 * notice yet", rev. 2026-12): issue 12's Done-when for the workflow's clocks.
 *
 * <p>The clock is China Post's 30 days to answer an inquiry (邮政法 Art. 49 [V], docs/time-bars-and-calendars.md),
 * moved past a holiday by Civil Code Art. 203: reported 2026-12-07, its last day is 2027-01-06. The
 * calendar knows 2026 and has 2027 provisional, with 2027-01-01 (元旦, docs/time-bars-and-calendars.md [U]) as its
 * only festival day this test needs. The 2027 arrangement below is hypothetical (the issue's
 * words): no notice for 2027 is known, and it is made up to put the last day inside a holiday.
 */
class ProvisionalDeadlinesTest {
  private static final Instant REPORTED = Instant.parse("2026-12-07T02:00:00Z");
  private static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 6);
  private static final String ANSWER = "CN-POSTAL-49-ANSWER-30D";

  private static BusinessCalendar provisional2027() {
    return BusinessCalendar.builder()
        .zone(SHANGHAI)
        .firstYear(Year.of(2025))
        .lastYear(Year.of(2027))
        .provisionalYear(Year.of(2027))
        .offDay(LocalDate.of(2027, 1, 1))
        .build();
  }

  /** Hypothetical: New Year off from 2027-01-01 to 2027-01-06, so Art. 203 moves the clock. */
  private static YearArrangement hypothetical2027() {
    return YearArrangement.builder(Year.of(2027))
        .offDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6))
        .source("hypothetical 2027 arrangement, not a State Council notice")
        .build();
  }

  private static ServiceLevels inquiryAnswer() {
    return ServiceLevels.of(
        ServiceLevel.builder()
            .id(ANSWER)
            .clock(ServiceClock.INVESTIGATION)
            .startsAt(Milestone.CLAIM_REPORTED)
            .length(CalendarPeriod.calendarDays(30))
            .shift(HolidayShift.AFTER_HOLIDAY)
            .kind(LimitKind.HARD_LIMIT)
            .source("邮政法 Art. 49, docs/time-bars-and-calendars.md [V]")
            .build());
  }

  private static ClaimWorkflow workflow(BusinessCalendar calendar) {
    return ClaimWorkflow.of(WorkflowFixtures.catalogue(), inquiryAnswer(), calendar);
  }

  private static ReportClaim report(CommandHeader h, Claim claim) {
    return new ReportClaim(h, claim, WorkflowFixtures.party(claim.claimant().party().value()), List.of());
  }

  private static Desk reported(ClaimWorkflow workflow) {
    Desk desk = new Desk(workflow, LOSS_ID);
    desk.accept(DESK, REPORTED.toString(), h -> report(h, WorkflowFixtures.lossClaim(REPORTED)));
    return desk;
  }

  private static Deadline recorded(Desk desk) {
    List<DeadlineStarted> started = desk.history().events().stream()
        .filter(DeadlineStarted.class::isInstance).map(DeadlineStarted.class::cast).toList();
    assertEquals(1, started.size());
    return started.get(0).deadline();
  }

  @Test
  void a_thirty_day_clock_into_a_provisional_year_starts_without_an_exception_and_is_marked() {
    Desk desk = reported(workflow(provisional2027()));

    Deadline deadline = recorded(desk);

    assertEquals(
        new Deadline(ANSWER, ServiceClock.INVESTIGATION, LimitKind.HARD_LIMIT, REPORTED, LAST_DAY,
            Instant.parse("2027-01-06T16:00:00Z"), true),
        deadline);
    assertEquals(Optional.of(deadline), desk.workflow().nextDeadline(desk.state()));
    assertEquals(List.of(deadline),
        desk.workflow().overdue(desk.state(), Instant.parse("2027-01-06T16:00:00Z")));
    assertEquals(List.of(),
        desk.workflow().overdue(desk.state(), Instant.parse("2027-01-06T15:59:59Z")));
  }

  @Test
  void the_queries_count_again_with_an_arrangement_supplied_later_which_moves_the_clock_and_drops_the_mark() {
    Desk desk = reported(workflow(provisional2027()));
    ClaimWorkflow withNotice = workflow(provisional2027().withArrangement(hypothetical2027()));

    Optional<Deadline> next = withNotice.nextDeadline(desk.state());

    Deadline moved = new Deadline(ANSWER, ServiceClock.INVESTIGATION, LimitKind.HARD_LIMIT, REPORTED,
        LocalDate.of(2027, 1, 7), Instant.parse("2027-01-07T16:00:00Z"), false);
    assertEquals(Optional.of(moved), next);
    assertEquals(List.of(), withNotice.overdue(desk.state(), Instant.parse("2027-01-06T16:00:00Z")));
    assertEquals(List.of(moved), withNotice.overdue(desk.state(), Instant.parse("2027-01-07T16:00:00Z")));
  }

  @Test
  void a_deadline_recorded_in_an_event_keeps_its_value_and_its_mark() {
    Desk desk = reported(workflow(provisional2027()));
    ClaimWorkflow withNotice = workflow(provisional2027().withArrangement(hypothetical2027()));
    Deadline atStart = recorded(desk);

    ClaimState replayed = withNotice.replay(desk.history().events());
    EventCodec codec = EventCodec.standard();
    List<ClaimEvent> reread = codec.decodeAll(codec.encodeAll(desk.history().events()));

    assertEquals(List.of(atStart), replayed.deadlines());
    assertEquals(LAST_DAY, replayed.deadlines().get(0).lastDay());
    assertTrue(replayed.deadlines().get(0).provisional());
    assertEquals(desk.history().events(), reread);
    assertEquals(Optional.of(atStart), replayed.nextDeadline());
  }

  @Test
  void the_started_deadline_is_stored_at_version_2_with_its_mark() {
    Desk desk = reported(workflow(provisional2027()));
    DeadlineStarted started = desk.history().events().stream()
        .filter(DeadlineStarted.class::isInstance).map(DeadlineStarted.class::cast).findFirst()
        .orElseThrow();

    StoredEvent stored = EventCodec.standard().encode(started);

    assertEquals(2, stored.schemaVersion());
    assertEquals("true", stored.fields().record("deadline").text("provisional"));
  }

  @Test
  void a_clock_counted_on_known_years_only_is_not_marked() {
    Instant reported = Instant.parse("2026-11-06T02:00:00Z");
    Desk desk = new Desk(workflow(provisional2027()), LOSS_ID);
    desk.accept(DESK, reported.toString(), h -> report(h, WorkflowFixtures.lossClaim(reported)));

    Deadline deadline = recorded(desk);

    assertEquals(LocalDate.of(2026, 12, 6), deadline.lastDay());
    assertFalse(deadline.provisional());
  }

  @Test
  void a_clock_ending_beyond_every_known_and_provisional_year_is_refused_never_answered() {
    // 2027-12-15 + 30 days = 2028-01-14, beyond the calendar's last year 2027
    Instant reported = Instant.parse("2027-12-15T02:00:00Z");
    ClaimWorkflow workflow = workflow(provisional2027());
    Desk desk = new Desk(workflow, LOSS_ID);

    Decision decision = desk.decide(DESK, reported.toString(),
        h -> report(h, WorkflowFixtures.lossClaim(reported)));
    DateOutsideCalendarException refused = assertThrows(DateOutsideCalendarException.class,
        () -> inquiryAnswer().all().get(0).deadline(reported, provisional2027()));

    assertEquals(List.of(RejectionReason.OUTSIDE_CALENDAR), decision.reasons());
    assertEquals(LocalDate.of(2028, 1, 14), refused.date());
    assertEquals(Year.of(2027), refused.lastYear());
  }
}
