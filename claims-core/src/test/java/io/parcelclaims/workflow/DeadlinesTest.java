package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.DESK;
import static io.parcelclaims.workflow.WorkflowFixtures.INVESTIGATOR;
import static io.parcelclaims.workflow.WorkflowFixtures.LOSS_ID;
import static io.parcelclaims.workflow.WorkflowFixtures.SUPERVISOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static io.parcelclaims.workflow.WorkflowFixtures.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.Milestone;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.EscalateClaim;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.ResolveEscalation;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.DeadlineStarted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deadlines (docs/time-bars-and-calendars.md) from the service levels and the calendar, as queries over the state. */
class DeadlinesTest {

  @Test
  void the_filing_window_records_whether_the_claim_came_in_time() {
    // SF international / DHL Express: 30 days from acceptance (docs/time-bars-and-calendars.md [S]); accepted 2025-09-20
    ServiceLevels levels = ServiceLevels.of(level("FILING-30D", ServiceClock.CLAIM_FILING,
        Milestone.PARCEL_ACCEPTED, CalendarPeriod.calendarDays(30)));
    ClaimWorkflow workflow = ClaimWorkflow.of(WorkflowFixtures.catalogue(), levels, WorkflowFixtures.calendar());
    Desk inTime = new Desk(workflow, LOSS_ID);
    Desk late = new Desk(workflow, LOSS_ID);

    inTime.accept(DESK, "2025-09-26T02:00:00Z", h -> report(h, WorkflowFixtures.lossClaim()));
    late.accept(DESK, "2025-10-21T02:00:00Z",
        h -> report(h, WorkflowFixtures.lossClaim(Instant.parse("2025-10-21T02:00:00Z"))));

    StoppedDeadline met = inTime.state().stoppedDeadlines().get(0);
    StoppedDeadline missed = late.state().stoppedDeadlines().get(0);
    assertEquals(LocalDate.of(2025, 10, 20), met.deadline().lastDay());
    assertTrue(met.met());
    assertFalse(missed.met());
    assertEquals(Instant.parse("2025-10-21T02:00:00Z"), missed.stoppedAt());
    assertEquals(List.of(), inTime.state().deadlines());
  }

  @Test
  void a_parcel_may_be_treated_as_lost_seven_days_after_the_promised_time_until_it_is_found() {
    // EX-09: promised 2025-03-03, complete-delay limit 7 days → may be treated as lost from 2025-03-10
    ServiceLevels levels = ServiceLevels.of(level("GBT-COMPLETE-DELAY", ServiceClock.DEEMED_LOST,
        Milestone.PROMISED_DELIVERY, CalendarPeriod.hours(7 * 24)));
    ClaimWorkflow workflow = ClaimWorkflow.of(WorkflowFixtures.catalogue(), levels, WorkflowFixtures.calendar());
    Claim claim = Claim.builder()
        .id(LOSS_ID)
        .type(ClaimType.DELAY)
        .shipment(WorkflowFixtures.shipment("SF5550001112", "20.00", Instant.parse("2025-03-01T02:00:00Z"))
            .promisedBy(Instant.parse("2025-03-03T02:00:00Z")).build())
        .claimant(Claimant.of(PartyRef.of("P-9"), PartyRole.SENDER))
        .channel(IntakeChannel.WEBSITE)
        .reportedAt(Instant.parse("2025-03-05T02:00:00Z"))
        .description("late")
        .amountClaimed(cny("500.00"))
        .build();
    Desk desk = new Desk(workflow, LOSS_ID);

    List<ClaimEvent> reported = desk.accept(DESK, "2025-03-05T02:00:00Z", h -> report(h, claim));

    Deadline deemedLost = desk.state().nextDeadline().orElseThrow();
    assertEquals(LocalDate.of(2025, 3, 10), deemedLost.lastDay());
    assertEquals("From 2025-03-10, if the parcel of claim C-LOSS-1 is still missing, you may treat it as lost.",
        NoticeRenderer.of().render(reported.get(1), NoticeRenderer.ENGLISH));
    assertEquals(List.of(), desk.workflow().overdue(desk.state(), Instant.parse("2025-03-10T01:59:59Z")));
    assertEquals(List.of(deemedLost), desk.workflow().overdue(desk.state(), Instant.parse("2025-03-10T02:00:00Z")));
    desk.accept(DESK, "2025-03-06T02:00:00Z", h -> new VerifyClaim(h, Optional.empty()));
    desk.accept(INVESTIGATOR, "2025-03-06T03:00:00Z", OpenInvestigation::new);
    desk.accept(INVESTIGATOR, "2025-03-07T03:00:00Z",
        h -> new ConcludeInvestigation(h, InvestigationFinding.FOUND_AND_DELIVERED, RootCause.SORTING));
    assertEquals(Optional.empty(), desk.state().nextDeadline());
    assertTrue(desk.state().stoppedDeadlines().get(0).met());
  }

  @Test
  void a_complaint_must_be_answered_in_seven_days_shifted_past_the_holiday_when_configured() {
    // EX-15: complaint received 2025-09-26; 7 days → 2025-10-03, or 2025-10-09 with Art. 203's shift
    ServiceLevel plain = level("COMPLAINT-7D", ServiceClock.COMPLAINT_ANSWER, Milestone.COMPLAINT_RECEIVED,
        CalendarPeriod.calendarDays(7));
    ServiceLevel shifted = ServiceLevel.builder().id("COMPLAINT-7D-SHIFTED").clock(ServiceClock.COMPLAINT_ANSWER)
        .startsAt(Milestone.COMPLAINT_RECEIVED).length(CalendarPeriod.calendarDays(7)).kind(LimitKind.HARD_LIMIT)
        .shift(HolidayShift.AFTER_HOLIDAY).source("docs/time-bars-and-calendars.md, EX-15").build();
    ClaimWorkflow workflow = ClaimWorkflow.of(WorkflowFixtures.catalogue(), ServiceLevels.of(plain, shifted),
        WorkflowFixtures.calendar());
    Desk desk = new Desk(workflow, LOSS_ID);
    desk.accept(DESK, "2025-09-26T01:00:00Z", h -> report(h, WorkflowFixtures.lossClaim()));

    desk.accept(CLAIMANT, "2025-09-26T02:00:00Z", h -> new EscalateClaim(h, EscalationTarget.REGULATOR));

    assertEquals(List.of(LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 9)),
        desk.state().deadlines().stream().map(Deadline::lastDay).toList());
    desk.accept(SUPERVISOR, "2025-09-30T02:00:00Z", ResolveEscalation::new);
    assertEquals(ClaimStatus.REPORTED, desk.state().status());
    assertEquals(List.of(), desk.state().deadlines());
    assertTrue(desk.state().stoppedDeadlines().stream().allMatch(StoppedDeadline::met));
  }

  @Test
  void a_repeating_status_update_moves_forward_with_every_notice_and_never_back() {
    // Carmack: status every 60 days while the claim is open (docs/time-bars-and-calendars.md [S])
    ServiceLevel updates = ServiceLevel.builder().id("STATUS-60D").clock(ServiceClock.STATUS_UPDATE)
        .startsAt(Milestone.CLAIM_REPORTED).length(CalendarPeriod.calendarDays(60)).kind(LimitKind.HARD_LIMIT)
        .repeatEvery(CalendarPeriod.calendarDays(60)).source("docs/time-bars-and-calendars.md Carmack").build();
    ClaimWorkflow workflow = ClaimWorkflow.of(WorkflowFixtures.catalogue(), ServiceLevels.of(updates),
        WorkflowFixtures.calendar());
    Desk desk = new Desk(workflow, LOSS_ID);
    desk.accept(DESK, "2025-09-26T02:00:00Z", h -> report(h, WorkflowFixtures.lossClaim()));
    LocalDate first = desk.state().nextDeadline().orElseThrow().lastDay();

    List<ClaimEvent> verified = desk.accept(DESK, "2025-10-10T02:00:00Z", h -> new VerifyClaim(h, Optional.empty()));

    assertEquals(LocalDate.of(2025, 11, 25), first);
    assertEquals(List.of("claim.verified", "claim.deadline-started"), verified.stream().map(ClaimEvent::type).toList());
    assertEquals(LocalDate.of(2025, 12, 9), desk.state().nextDeadline().orElseThrow().lastDay());
    assertEquals(1, desk.state().deadlines().size());
  }

  @Test
  void no_service_levels_deadline_ever_moves_backwards_along_a_claim() {
    ClaimWorkflow workflow = WorkflowFixtures.gbtWorkflow();
    List<ClaimEvent> events = Paths.at(workflow, ClaimStatus.CLOSED).history().events();
    Map<String, Instant> latest = new HashMap<>();

    for (ClaimEvent e : events) {
      if (e instanceof DeadlineStarted started) {
        Deadline d = started.deadline();
        Instant before = latest.put(d.serviceLevel(), d.dueBefore());
        assertTrue(before == null || !d.dueBefore().isBefore(before), d.serviceLevel());
      }
    }
    assertEquals(4, latest.size());
  }

  @Test
  void time_waiting_for_the_claimant_is_kept_apart_and_grows_while_the_wait_is_open() {
    Desk desk = Paths.at(ClaimStatus.OFFERED);
    Instant offeredAt = desk.state().lastEventAt().orElseThrow();

    Duration open = desk.state().timeWaitingForClaimant(offeredAt.plus(Duration.ofHours(5)));

    ClaimantWait last = desk.state().claimantWaits().get(desk.state().claimantWaits().size() - 1);
    assertEquals(Optional.empty(), last.until());
    assertEquals(Duration.ofHours(1 + 5), open, "an hour awaiting evidence, five on the open offer");
  }

  private static ReportClaim report(io.parcelclaims.workflow.command.CommandHeader h, Claim claim) {
    return new ReportClaim(h, claim, WorkflowFixtures.party(claim.claimant().party().value()), List.of());
  }
}
