package io.parcelclaims.rules.cn;

import static io.parcelclaims.rules.DeskClaims.claim;
import static io.parcelclaims.rules.DeskClaims.context;
import static io.parcelclaims.rules.DeskClaims.noon;
import static io.parcelclaims.rules.DeskClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.calendar.YearArrangement;
import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.TimeBarAnswer;
import io.parcelclaims.policy.Timeliness;
import io.parcelclaims.rules.servicelevel.ServiceLevelPresets;
import io.parcelclaims.rules.timebar.PostalInquiry;
import io.parcelclaims.rules.timebar.TimeBarMessages;
import io.parcelclaims.rules.timebar.TimeBars;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.Milestone;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.stored.EventCodec;
import io.parcelclaims.workflow.ClaimHistory;
import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.RejectionReason;
import io.parcelclaims.workflow.StoppedDeadline;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.event.DeadlineStarted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's Done-when for calendars that do not stop on 31 December 2026 (docs/time-bars-and-calendars.md, "Years
 * without a notice yet", rev. 2026-12), on the bundled {@link ChineseCalendars#mainland()}.
 *
 * <p>A China Post item posted and inquired about on 2026-12-07: China Post's 30 days to answer
 * (邮政法 Art. 49 [V]) end on 2027-01-06, the one-year inquiry window (Art. 49 [V]) on
 * 2027-12-07, both in provisional 2027, both moved past a holiday by Civil Code Art. 203. The 2027
 * arrangement is hypothetical (the word): no 2027 notice is known (docs/time-bars-and-calendars.md [U]); it
 * is made up to put 2027-01-06 inside the New Year holiday, so the 30-day clock moves.
 */
class YearsWithoutANoticeTest {
  private static final Actor DESK = Actor.of(ActorId.of("cs-1"), ActorRole.CUSTOMER_SERVICE);
  private static final String POSTED = "2026-12-07";
  private static final AssessmentContext CONTEXT = context(POSTED).build();
  private static final String INQUIRY_WINDOW = "CN-POSTAL-LAW-49-INQUIRY-1Y";

  private static final YearArrangement HYPOTHETICAL_2027 = YearArrangement.parse("""
      year 2027
      source hypothetical 2027 arrangement for a test; no 2027 notice is known (docs/time-bars-and-calendars.md [U])
      off 2027-01-01 2027-01-06
      off 2027-02-05 2027-02-11
      work 2027-02-20
      """);

  private static Claim inquiry() {
    return claim(ClaimType.LOSS,
        shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of("CNY", "12.00"), POSTED).build(),
        POSTED).build();
  }

  /** China Post's 30-day answer, and the one-year inquiry window as the claimant's filing clock. */
  private static ServiceLevels levels() {
    return ServiceLevelPresets.chinaPostInquiry(false, HolidayShift.AFTER_HOLIDAY)
        .plus(List.of(ServiceLevel.builder()
            .id(INQUIRY_WINDOW)
            .clock(ServiceClock.CLAIM_FILING)
            .startsAt(Milestone.PARCEL_ACCEPTED)
            .length(CalendarPeriod.years(1))
            .shift(HolidayShift.AFTER_HOLIDAY)
            .kind(LimitKind.HARD_LIMIT)
            .source("邮政法 Art. 49, docs/time-bars-and-calendars.md [V]")
            .build()));
  }

  private static ClaimWorkflow workflow(BusinessCalendar calendar) {
    return ClaimWorkflow.of(PolicyCatalogue.of(PostalLaw.ID, List.of(PostalLaw.policy())), levels(), calendar);
  }

  private static Decision report(ClaimWorkflow workflow, Claim claim) {
    CommandHeader h = CommandHeader.of(CommandId.of("cmd-1"), claim.id(), DESK, claim.reportedAt(), 0);
    Party claimant = Party.builder().ref(PartyRef.of("P-5")).name("Li Na").phone("+86 139 0000 1111").build();
    return workflow.decide(ClaimState.initial(), new ReportClaim(h, claim, claimant, List.of()));
  }

  private static ClaimHistory reported(ClaimWorkflow workflow) {
    Decision d = report(workflow, inquiry());
    assertTrue(d.isAccepted(), () -> "refused: " + d.reasons());
    return ClaimHistory.empty().append(d);
  }

  private static Deadline started(ClaimHistory history, String level) {
    return history.events().stream()
        .filter(DeadlineStarted.class::isInstance).map(e -> ((DeadlineStarted) e).deadline())
        .filter(d -> d.serviceLevel().equals(level)).findFirst().orElseThrow();
  }

  @Test
  void both_clocks_run_through_the_workflow_without_an_exception_and_are_marked_provisional() {
    ClaimHistory history = reported(workflow(ChineseCalendars.mainland()));

    Deadline answer = started(history, ServiceLevelPresets.POSTAL_INQUIRY_ANSWER);
    Deadline window = started(history, INQUIRY_WINDOW);
    StoppedDeadline filed = history.state().stoppedDeadlines().get(0);

    assertEquals(LocalDate.of(2027, 1, 6), answer.lastDay());
    assertTrue(answer.provisional());
    assertEquals(LocalDate.of(2027, 12, 7), window.lastDay());
    assertTrue(window.provisional());
    assertEquals(window, filed.deadline());
    assertTrue(filed.met());
    assertEquals(Optional.of(answer), workflow(ChineseCalendars.mainland()).nextDeadline(history.state()));
  }

  @Test
  void the_inquiry_time_bar_answers_in_time_and_marked_provisional() {
    PostalInquiry bar = TimeBars.chinaPostInquiry(ChineseCalendars.mainland());

    TimeBarAnswer answer = bar.check(inquiry(), CONTEXT);

    assertEquals(Timeliness.IN_TIME, answer.timeliness());
    assertEquals(Optional.of(LocalDate.of(2027, 12, 7)), answer.date());
    assertTrue(answer.provisional());
    assertEquals(LocalDate.of(2027, 1, 6), bar.answerBy(inquiry(), CONTEXT));
    assertEquals(
        "[cn.postal-law.art49@2015] Provisional: counted through 2027, whose holiday notice is not known yet (only the statutory"
            + " festival days of the Holiday Measures Art. 2, with Art. 6 substitute days; docs/time-bars-and-calendars.md);"
            + " 2027-12-07 may move when the notice appears",
        provisionalLine(answer, Locale.ENGLISH));
    assertEquals(
        "[cn.postal-law.art49@2015] 暂定：计算经过 2027 年，其节假日安排通知尚未发布（仅按《全国年节及纪念日放假办法》第二条的法定节日及第六条的补假计算）；"
            + "2027-12-07 可能随通知调整",
        provisionalLine(answer, Locale.SIMPLIFIED_CHINESE));
  }

  private static String provisionalLine(TimeBarAnswer answer, Locale locale) {
    ExplanationStep step = answer.step().children().stream()
        .filter(c -> c.messageKey().equals("explain.provisional-calendar")).findFirst().orElseThrow();
    return ExplanationRenderer.of(TimeBarMessages.SOURCE).render(step, locale).get(0).strip();
  }

  @Test
  void the_time_bar_is_barred_the_day_after_and_still_marked() {
    Claim late = claim(ClaimType.LOSS,
        shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of("CNY", "12.00"), POSTED).build(),
        "2027-12-08").build();

    TimeBarAnswer answer = TimeBars.chinaPostInquiry(ChineseCalendars.mainland()).check(late, CONTEXT);

    assertTrue(answer.isBarred());
    assertEquals(Optional.of(LocalDate.of(2027, 12, 7)), answer.date());
    assertTrue(answer.provisional());
  }

  @Test
  void the_queries_recompute_with_a_notice_supplied_later_which_moves_the_30_day_clock_and_drops_the_mark() {
    ClaimHistory history = reported(workflow(ChineseCalendars.mainland()));
    ClaimWorkflow withNotice = workflow(ChineseCalendars.mainland(HYPOTHETICAL_2027));
    Instant endOfJanuary6 = noon("2027-01-07").minusSeconds(12 * 3600);

    Deadline next = withNotice.nextDeadline(history.state()).orElseThrow();

    assertEquals(ServiceLevelPresets.POSTAL_INQUIRY_ANSWER, next.serviceLevel());
    assertEquals(LocalDate.of(2027, 1, 7), next.lastDay());
    assertFalse(next.provisional());
    assertEquals(List.of(), withNotice.overdue(history.state(), endOfJanuary6));
    assertEquals(List.of(started(history, ServiceLevelPresets.POSTAL_INQUIRY_ANSWER)),
        workflow(ChineseCalendars.mainland()).overdue(history.state(), endOfJanuary6));
  }

  @Test
  void the_time_bars_recompute_with_the_notice_and_drop_the_mark() {
    BusinessCalendar withNotice = ChineseCalendars.mainland(HYPOTHETICAL_2027);
    PostalInquiry bar = TimeBars.chinaPostInquiry(withNotice);

    TimeBarAnswer answer = bar.check(inquiry(), CONTEXT);

    assertEquals(Optional.of(LocalDate.of(2027, 12, 7)), answer.date());
    assertFalse(answer.provisional());
    assertTrue(answer.step().children().stream()
        .noneMatch(c -> c.messageKey().equals("explain.provisional-calendar")));
    assertEquals(LocalDate.of(2027, 1, 7), bar.answerBy(inquiry(), CONTEXT));
  }

  @Test
  void deadlines_already_recorded_keep_their_value_and_their_mark() {
    ClaimHistory history = reported(workflow(ChineseCalendars.mainland()));
    ClaimWorkflow withNotice = workflow(ChineseCalendars.mainland(HYPOTHETICAL_2027));
    EventCodec codec = EventCodec.standard();

    ClaimState replayed = withNotice.replay(codec.decodeAll(codec.encodeAll(history.events())));

    Deadline recorded = replayed.deadlines().get(0);
    assertEquals(LocalDate.of(2027, 1, 6), recorded.lastDay());
    assertTrue(recorded.provisional());
    assertEquals(history.state(), replayed);
  }

  @Test
  void a_date_beyond_every_known_and_provisional_year_is_refused_with_the_documented_exception() {
    // posted 2028-06-01: the one-year window ends in 2029, beyond the calendar's last year 2028
    Claim beyond = claim(ClaimType.LOSS,
        shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of("CNY", "12.00"), "2028-06-01").build(),
        "2028-06-02").build();

    DateOutsideCalendarException e = assertThrows(DateOutsideCalendarException.class,
        () -> TimeBars.chinaPostInquiry(ChineseCalendars.mainland()).check(beyond, context("2028-06-01").build()));
    Decision refused = report(workflow(ChineseCalendars.mainland()), beyond);

    assertEquals(LocalDate.of(2029, 6, 1), e.date());
    assertEquals(List.of(RejectionReason.OUTSIDE_CALENDAR), refused.reasons());
  }
}
