package io.parcelclaims.rules.timebar;

import static io.parcelclaims.rules.DeskClaims.claim;
import static io.parcelclaims.rules.DeskClaims.context;
import static io.parcelclaims.rules.DeskClaims.evidence;
import static io.parcelclaims.rules.DeskClaims.noon;
import static io.parcelclaims.rules.DeskClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.policy.TimeBarAnswer;
import io.parcelclaims.policy.Timeliness;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.rules.cn.CompleteDelay;
import io.parcelclaims.rules.cn.GbT27917;
import io.parcelclaims.value.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ready time bars at their boundaries: the last day in time, the day after barred. */
class TimeBarsTest {
  private static final BusinessCalendar MAINLAND = ChineseCalendars.mainland2025to2026();
  private static final AssessmentContext CONTEXT = context("2025-01-02").build();

  private static Shipment.Builder air(String accepted) {
    return shipment(ServiceScope.INTERNATIONAL, TransportMode.AIR, Money.of("CNY", "300.00"), accepted);
  }

  private static Claim delivered(ClaimType type, String accepted, String delivered, String reported) {
    Claim.Builder b = claim(type, air(accepted).deliveredAt(noon(delivered)).build(), reported);
    if (type == ClaimType.DAMAGE) {
      b.damageExtent(DamageExtent.PARTIAL);
    }
    return b.build();
  }

  private static void assertAnswer(Timeliness expected, String date, TimeBarAnswer answer) {
    assertEquals(expected, answer.timeliness());
    assertEquals(Optional.of(LocalDate.parse(date)), answer.date());
  }

  @Nested
  class Conventions {
    @Test
    void montreal_delay_is_complained_of_within_21_days_of_disposal() {
      ClaimWindows bar = TimeBars.montrealNotice(MAINLAND);

      assertAnswer(Timeliness.IN_TIME, "2025-05-22", bar.check(delivered(ClaimType.DELAY, "2025-04-25", "2025-05-01", "2025-05-22"), CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-05-22", bar.check(delivered(ClaimType.DELAY, "2025-04-25", "2025-05-01", "2025-05-23"), CONTEXT));
    }

    @Test
    void montreal_short_contents_count_as_damage_and_a_loss_needs_no_notice() {
      ClaimWindows bar = TimeBars.montrealNotice(MAINLAND);

      TimeBarAnswer shortContents = bar.check(delivered(ClaimType.SHORT_CONTENTS, "2025-03-28", "2025-04-01", "2025-04-16"), CONTEXT);
      TimeBarAnswer loss = bar.check(claim(ClaimType.LOSS, air("2025-03-28").build(), "2026-03-01").build(), CONTEXT);

      assertAnswer(Timeliness.BARRED, "2025-04-15", shortContents);
      assertEquals(Optional.of(DenialReason.TIME_BARRED_NOTICE), shortContents.reason());
      assertEquals(new TimeBarAnswer(Timeliness.IN_TIME, Optional.empty(), Optional.empty(), loss.step()), loss);
      assertEquals("explain.timebar.no-window", loss.step().messageKey());
    }

    @Test
    void a_damage_notice_period_has_not_started_before_delivery() {
      Claim undelivered = claim(ClaimType.DAMAGE, air("2025-03-28").build(), "2025-12-01").damageExtent(DamageExtent.TOTAL).build();

      TimeBarAnswer answer = TimeBars.montrealNotice(MAINLAND).check(undelivered, CONTEXT);

      assertEquals(Timeliness.IN_TIME, answer.timeliness());
      assertEquals(Optional.empty(), answer.date());
      assertEquals("explain.timebar.not-started", answer.step().messageKey());
      assertEquals("explain.timebar.anchor-delivery", answer.step().children().get(0).messageKey());
    }

    @Test
    void warsaw_1929_allows_7_days_for_damage_and_14_for_delay_and_hague_1955_14_and_21() {
      Claim damage = delivered(ClaimType.DAMAGE, "2025-03-28", "2025-04-01", "2025-04-08");
      Claim delay = delivered(ClaimType.DELAY, "2025-03-28", "2025-04-01", "2025-04-16");

      assertAnswer(Timeliness.BARRED, "2025-04-08", TimeBars.warsawNotice(MAINLAND).check(
          delivered(ClaimType.DAMAGE, "2025-03-28", "2025-04-01", "2025-04-09"), CONTEXT));
      assertAnswer(Timeliness.IN_TIME, "2025-04-08", TimeBars.warsawNotice(MAINLAND).check(damage, CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-04-15", TimeBars.warsawNotice(MAINLAND).check(delay, CONTEXT));
      assertAnswer(Timeliness.IN_TIME, "2025-04-15", TimeBars.hagueNotice(MAINLAND).check(damage, CONTEXT));
      assertAnswer(Timeliness.IN_TIME, "2025-04-22", TimeBars.hagueNotice(MAINLAND).check(delay, CONTEXT));
    }

    @Test
    void air_waybill_non_delivery_is_notified_within_120_days_of_issue() {
      Claim lost = claim(ClaimType.LOSS, air("2025-03-01").build(), "2025-06-30").build();
      Claim later = claim(ClaimType.LOSS, air("2025-03-01").build(), "2025-07-01").build();

      assertAnswer(Timeliness.IN_TIME, "2025-06-29", TimeBars.airWaybillNotice(MAINLAND).withShift(HolidayShift.NONE).check(
          claim(ClaimType.LOSS, air("2025-03-01").build(), "2025-06-29").build(), CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-06-29", TimeBars.airWaybillNotice(MAINLAND).withShift(HolidayShift.NONE).check(lost, CONTEXT));
      // with the default shift too: 2025-06-29 is an ordinary Sunday, not a listed off day
      assertAnswer(Timeliness.BARRED, "2025-06-29", TimeBars.airWaybillNotice(MAINLAND).check(later, CONTEXT));
    }

    @Test
    void cmr_reservations_for_hidden_damage_skip_sundays_and_public_holidays() {
      // delivered Fri 2025-09-26: Sat 27 (1), Sun 28 excepted although a make-up working day,
      // Mon 29 (2), Tue 30 (3), 1-8 October off, Thu 9 (4), Fri 10 (5), Sat 11 (6), Sun 12 excepted, Mon 13 (7)
      CmrReservations bar = TimeBars.cmrNotice(MAINLAND);
      Claim onTime = delivered(ClaimType.DAMAGE, "2025-09-20", "2025-09-26", "2025-10-13");
      Claim late = delivered(ClaimType.DAMAGE, "2025-09-20", "2025-09-26", "2025-10-14");

      assertAnswer(Timeliness.IN_TIME, "2025-10-13", bar.check(onTime, CONTEXT));
      // rev. 2026-12 (Art. 30(1)): a late reservation is a rebuttable presumption, not a bar
      TimeBarAnswer presumed = bar.check(late, CONTEXT);
      assertEquals(Timeliness.IN_TIME, presumed.timeliness());
      assertEquals(Optional.empty(), presumed.date());
      assertEquals("explain.timebar.cmr-reservation-presumption", presumed.step().messageKey());
      assertAnswer(Timeliness.IN_TIME, "2025-05-22", bar.check(delivered(ClaimType.DELAY, "2025-04-20", "2025-05-01", "2025-05-22"), CONTEXT));
    }

    @Test
    void cmr_delay_reservation_after_21_days_is_barred() {
      // placed at disposal 2025-05-01; the 21st day is 2025-05-22 (Art. 30(3))
      TimeBarAnswer answer = TimeBars.cmrNotice(MAINLAND).check(delivered(ClaimType.DELAY, "2025-04-20", "2025-05-01", "2025-05-23"), CONTEXT);

      assertAnswer(Timeliness.BARRED, "2025-05-22", answer);
      assertEquals(Optional.of(DenialReason.TIME_BARRED), answer.reason());
    }

    @Test
    void cmr_limitation_runs_a_year_from_delivery_or_from_the_presumed_loss_and_three_years_for_wilful_misconduct() {
      ClaimWindows bar = TimeBars.cmrLimitation(MAINLAND).withShift(HolidayShift.NONE);
      Shipment promised = shipment(ServiceScope.INTERNATIONAL, TransportMode.ROAD, Money.of("CNY", "1200.00"), "2025-02-20")
          .promisedBy(noon("2025-03-01")).build();
      Shipment noPromise = shipment(ServiceScope.INTERNATIONAL, TransportMode.ROAD, Money.of("CNY", "1200.00"), "2025-02-20").build();
      // rev. 2026-12: Art. 29's own fact gives the 3 years; gross negligence alone does not (unless the reading says so)
      AssessmentContext wilful = context("2025-02-20").wilfulMisconduct(true).build();
      AssessmentContext grossNegligence = context("2025-02-20").intentOrGrossNegligence(true).build();

      // promised 2025-03-01 + 30 days = 2025-03-31, plus one year
      assertAnswer(Timeliness.IN_TIME, "2026-03-31", bar.check(claim(ClaimType.LOSS, promised, "2026-03-31").build(), CONTEXT));
      assertAnswer(Timeliness.BARRED, "2026-03-31", bar.check(claim(ClaimType.LOSS, promised, "2026-04-01").build(), CONTEXT));
      // taken over 2025-02-20 + 60 days = 2025-04-21, plus one year
      assertAnswer(Timeliness.BARRED, "2026-04-21", bar.check(claim(ClaimType.LOSS, noPromise, "2026-04-22").build(), CONTEXT));
      assertAnswer(Timeliness.IN_TIME, "2028-03-31", bar.check(claim(ClaimType.LOSS, promised, "2026-04-01").build(), wilful));
      assertAnswer(Timeliness.BARRED, "2026-03-31", bar.check(claim(ClaimType.LOSS, promised, "2026-04-01").build(), grossNegligence));
      assertAnswer(
          Timeliness.IN_TIME,
          "2028-03-31",
          TimeBars.cmrLimitation(MAINLAND, io.parcelclaims.rules.intl.Conventions.wilfulMisconductOrGrossNegligence())
              .withShift(HolidayShift.NONE)
              .check(claim(ClaimType.LOSS, promised, "2026-04-01").build(), grossNegligence));
      assertAnswer(Timeliness.IN_TIME, "2026-05-01", bar.check(delivered(ClaimType.DELAY, "2025-04-20", "2025-05-01", "2025-06-01"), CONTEXT));
    }

    @Test
    void montreal_and_warsaw_extinguish_the_right_two_years_from_arrival_or_due_arrival() {
      // arrived 2023-03-01 (EX-28); due 2023-03-01 for an undelivered parcel
      ClaimWindows mc99 = TimeBars.montrealLimitation(MAINLAND);
      ClaimWindows warsaw = TimeBars.warsawLimitation(MAINLAND);
      Claim lastDay = delivered(ClaimType.DAMAGE, "2023-02-27", "2023-03-01", "2025-03-01");
      Claim dayAfter = delivered(ClaimType.DAMAGE, "2023-02-27", "2023-03-01", "2025-03-02");
      Claim undelivered = claim(ClaimType.LOSS, air("2023-02-27").promisedBy(noon("2023-03-01")).build(), "2025-03-02").build();
      Claim noDates = claim(ClaimType.LOSS, air("2023-02-27").build(), "2025-03-02").build();

      assertAnswer(Timeliness.IN_TIME, "2025-03-01", mc99.check(lastDay, CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-03-01", mc99.check(dayAfter, CONTEXT));
      assertEquals(Optional.of(DenialReason.TIME_BARRED), mc99.check(dayAfter, CONTEXT).reason());
      assertAnswer(Timeliness.BARRED, "2025-03-01", mc99.check(undelivered, CONTEXT));
      assertEquals(Optional.empty(), mc99.check(noDates, CONTEXT).date());
      assertAnswer(Timeliness.IN_TIME, "2025-03-01", warsaw.check(lastDay, CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-03-01", warsaw.check(dayAfter, CONTEXT));
    }

    @Test
    void montreal_lets_the_consignee_treat_cargo_as_lost_seven_days_after_it_ought_to_have_arrived() {
      // due 2025-03-03 (EX-09's promised day) + 7 = 2025-03-10 (docs/tracking.md)
      TimeBar bar = TimeBars.montrealPresumedLoss();
      Shipment due = air("2025-03-01").promisedBy(noon("2025-03-03")).build();

      TimeBarAnswer early = bar.check(claim(ClaimType.LOSS, due, "2025-03-09").build(), CONTEXT);
      TimeBarAnswer onTheDay = bar.check(claim(ClaimType.LOSS, due, "2025-03-10").build(), CONTEXT);
      TimeBarAnswer found = bar.check(claim(ClaimType.LOSS, due, "2025-03-09").build(), context("2025-01-02").finding(InvestigationFinding.LOST).build());

      assertEquals(Timeliness.TOO_EARLY, early.timeliness());
      assertEquals(Optional.of(LocalDate.of(2025, 3, 10)), early.date());
      assertEquals(Timeliness.IN_TIME, onTheDay.timeliness());
      assertEquals(Timeliness.IN_TIME, found.timeliness());
      assertEquals("explain.timebar.mc99-presumed-loss-too-early", early.step().messageKey());
    }

    @Test
    void a_last_day_outside_the_calendar_cannot_be_shifted() {
      Shipment promised = shipment(ServiceScope.INTERNATIONAL, TransportMode.ROAD, Money.of("CNY", "1200.00"), "2025-02-20")
          .promisedBy(noon("2025-03-01")).build();
      AssessmentContext wilful = context("2025-02-20").wilfulMisconduct(true).build();
      Claim claim = claim(ClaimType.LOSS, promised, "2026-04-01").build();

      assertThrows(DateOutsideCalendarException.class, () -> TimeBars.cmrLimitation(MAINLAND).check(claim, wilful));
    }
  }

  @Nested
  class PostalLawArt49 {
    @Test
    void an_international_item_is_inquired_about_within_180_days_and_answered_within_60() {
      Shipment item = shipment(ServiceScope.INTERNATIONAL, TransportMode.AIR, Money.of("CNY", "90.00"), "2025-01-10").build();
      Claim inTime = claim(ClaimType.LOSS, item, "2025-07-09").build();
      Claim late = claim(ClaimType.LOSS, item, "2025-07-10").build();
      PostalInquiry bar = PostalInquiry.of(MAINLAND);

      assertAnswer(Timeliness.IN_TIME, "2025-07-09", bar.check(inTime, CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-07-09", bar.check(late, CONTEXT));
      assertEquals(LocalDate.of(2025, 9, 7), bar.answerBy(inTime, CONTEXT));
    }

    @Test
    void a_remote_area_gets_60_days_to_answer_and_a_last_day_on_national_day_moves_past_it() {
      Shipment item = shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of("CNY", "12.00"), "2025-01-10").build();
      Claim inquiry = claim(ClaimType.LOSS, item, "2025-08-02").build();
      PostalInquiry remote = PostalInquiry.of(MAINLAND, HolidayShift.AFTER_HOLIDAY, Policies.condition("remote", (c, x) -> true));
      PostalInquiry plain = PostalInquiry.of(MAINLAND, HolidayShift.NONE, Policies.condition("remote", (c, x) -> true));

      // 2025-08-02 + 60 days = 2025-10-01, National Day; Art. 203 moves it to 2025-10-09
      assertEquals(LocalDate.of(2025, 10, 9), remote.answerBy(inquiry, CONTEXT));
      assertEquals(LocalDate.of(2025, 10, 1), plain.answerBy(inquiry, CONTEXT));
      assertEquals(LocalDate.of(2025, 9, 1), PostalInquiry.of(MAINLAND).answerBy(inquiry, CONTEXT));
    }
  }

  @Nested
  class CarriersWindows {
    @Test
    void dhl_express_allows_30_days_from_acceptance() {
      Shipment s = air("2025-03-15").build();

      assertAnswer(Timeliness.IN_TIME, "2025-04-14", TimeBars.dhlExpress(MAINLAND).check(claim(ClaimType.DELAY, s, "2025-04-14").build(), CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-04-14", TimeBars.dhlExpress(MAINLAND).check(claim(ClaimType.DELAY, s, "2025-04-15").build(), CONTEXT));
    }

    @Test
    void ems_international_bars_claims_four_months_after_posting_on_the_corresponding_day() {
      // 2025-10-31 + 4 months: February has no 31st, so its last day (Civil Code Art. 202)
      Shipment s = air("2025-10-31").build();

      assertAnswer(Timeliness.IN_TIME, "2026-02-28", TimeBars.emsInternational(MAINLAND).check(claim(ClaimType.LOSS, s, "2026-02-28").build(), CONTEXT));
      assertAnswer(Timeliness.BARRED, "2026-02-28", TimeBars.emsInternational(MAINLAND).check(claim(ClaimType.LOSS, s, "2026-03-01").build(), CONTEXT));
    }

    @Test
    void a_last_day_on_a_listed_holiday_moves_past_it_unless_the_shift_is_none() {
      // posted 2025-06-01 + 4 months = 2025-10-01, National Day (off 1-8 October)
      Claim claim = claim(ClaimType.LOSS, air("2025-06-01").build(), "2025-10-09").build();

      assertAnswer(Timeliness.IN_TIME, "2025-10-09", TimeBars.emsInternational(MAINLAND).check(claim, CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-10-01", TimeBars.emsInternational(MAINLAND).withShift(HolidayShift.NONE).check(claim, CONTEXT));
    }

    @Test
    void ups_notice_runs_from_scheduled_delivery_for_an_undelivered_parcel_and_fedex_non_delivery_from_tender() {
      Shipment scheduled = air("2025-03-01").promisedBy(noon("2025-03-05")).build();
      Shipment unscheduled = air("2025-03-01").build();

      // 2025-03-05 + 60 days = 2025-05-04, inside the Labour Day holiday: moved to 2025-05-06
      assertAnswer(Timeliness.BARRED, "2025-05-06", TimeBars.upsNotice(MAINLAND).check(claim(ClaimType.LOSS, scheduled, "2025-05-07").build(), CONTEXT));
      assertEquals(Optional.empty(), TimeBars.upsNotice(MAINLAND).check(claim(ClaimType.LOSS, unscheduled, "2025-12-06").build(), CONTEXT).date());
      assertAnswer(Timeliness.IN_TIME, "2025-12-01", TimeBars.fedexUsExpress(MAINLAND).check(claim(ClaimType.LOSS, unscheduled, "2025-12-01").build(), CONTEXT));
      assertAnswer(Timeliness.BARRED, "2025-04-30", TimeBars.fedexUsExpress(MAINLAND).check(delivered(ClaimType.DAMAGE, "2025-02-20", "2025-03-01", "2025-05-06"), CONTEXT));
    }
  }

  @Nested
  class WaitingBeforeALossClaim {
    private final Shipment promised =
        shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of("CNY", "20.00"), "2025-02-28")
            .promisedBy(noon("2025-03-03"))
            .build();

    @Test
    void ex09_a_loss_claim_before_the_complete_delay_limit_is_too_early_until_2025_03_10() {
      TimeBar bar = TimeBars.completeDelay();

      TimeBarAnswer early = bar.check(claim(ClaimType.LOSS, promised, "2025-03-09").build(), CONTEXT);
      TimeBarAnswer onTheDay = bar.check(claim(ClaimType.LOSS, promised, "2025-03-10").build(), CONTEXT);

      assertAnswer(Timeliness.TOO_EARLY, "2025-03-10", early);
      assertEquals("cn.gbt-27917.complete-delay.too-early@2011", early.step().rule().toString());
      assertEquals(Timeliness.IN_TIME, onTheDay.timeliness());
      assertEquals("explain.timebar.complete-delay-may-claim", onTheDay.step().messageKey());
    }

    @Test
    void the_wait_reuses_the_complete_delay_policys_own_limits() {
      CompleteDelay strict = CompleteDelay.builder(GbT27917.policy(), GbT27917.delay()).reachingTheLimitCounts(false).build();

      TimeBarAnswer answer = TimeBars.completeDelay(strict).check(claim(ClaimType.LOSS, promised, "2025-03-10").build(), CONTEXT);

      assertAnswer(Timeliness.TOO_EARLY, "2025-03-11", answer);
      assertEquals(strict.mayBeTreatedAsLostFrom(promised, CONTEXT.zone()), answer.date());
    }

    @Test
    void a_found_loss_a_delivered_parcel_or_an_unknown_limit_does_not_hold_the_claim_back() {
      TimeBar bar = TimeBars.completeDelay();
      AssessmentContext found = context("2025-02-28").finding(InvestigationFinding.LOST).build();
      Shipment hongKong =
          shipment(ServiceScope.HONG_KONG_MACAO_TAIWAN, TransportMode.ROAD, Money.of("CNY", "20.00"), "2025-02-28")
              .promisedBy(noon("2025-03-03")).build();

      assertEquals("explain.timebar.loss-established", bar.check(claim(ClaimType.LOSS, promised, "2025-03-04").build(), found).step().messageKey());
      assertEquals(
          "explain.timebar.loss-wait-not-applicable",
          bar.check(claim(ClaimType.LOSS, promised.withDeliveredAt(noon("2025-03-04")), "2025-03-04").build(), CONTEXT).step().messageKey());
      assertEquals(
          "explain.timebar.complete-delay-unknown",
          bar.check(claim(ClaimType.LOSS, hongKong, "2025-03-04").build(), CONTEXT).step().messageKey());
      assertEquals(Timeliness.IN_TIME, bar.check(claim(ClaimType.DELAY, promised, "2025-03-04").build(), CONTEXT).timeliness());
    }

    @Test
    void cmr_presumes_a_loss_30_days_after_the_agreed_time_or_60_days_after_taking_over() {
      TimeBar bar = TimeBars.cmrPresumedLoss();
      Shipment noPromise = shipment(ServiceScope.INTERNATIONAL, TransportMode.ROAD, Money.of("CNY", "1200.00"), "2025-02-20").build();

      assertAnswer(Timeliness.TOO_EARLY, "2025-04-02", bar.check(claim(ClaimType.LOSS, promised, "2025-04-01").build(), CONTEXT));
      assertEquals(Timeliness.IN_TIME, bar.check(claim(ClaimType.LOSS, promised, "2025-04-02").build(), CONTEXT).timeliness());
      assertAnswer(Timeliness.TOO_EARLY, "2025-04-21", bar.check(claim(ClaimType.LOSS, noPromise, "2025-04-20").build(), CONTEXT));
    }
  }

  @Nested
  class WrittenNotice {
    @Test
    void the_earliest_notice_not_rejected_counts_and_a_later_notice_does_not_move_the_report() {
      Claim claim = delivered(ClaimType.DAMAGE, "2025-03-28", "2025-04-01", "2025-04-20")
          .withEvidence(java.util.List.of(
              evidence(1, EvidenceKind.WRITTEN_NOTICE, "2025-04-05").withReviewStatus(ReviewStatus.REJECTED),
              evidence(2, EvidenceKind.WRITTEN_NOTICE, "2025-04-10"),
              evidence(3, EvidenceKind.WRITTEN_NOTICE, "2025-04-12")));
      Claim reportedFirst = delivered(ClaimType.DAMAGE, "2025-03-28", "2025-04-01", "2025-04-08")
          .withAddedEvidence(evidence(1, EvidenceKind.WRITTEN_NOTICE, "2025-04-18"));

      assertEquals(LocalDate.of(2025, 4, 10), ActedOn.WRITTEN_NOTICE.dateOf(claim, CONTEXT.zone()));
      assertEquals(LocalDate.of(2025, 4, 20), ActedOn.REPORT.dateOf(claim, CONTEXT.zone()));
      assertEquals(LocalDate.of(2025, 4, 8), ActedOn.WRITTEN_NOTICE.dateOf(reportedFirst, CONTEXT.zone()));
    }
  }

  @Nested
  class CarmackMinimums {
    @Test
    void nine_months_last_at_most_276_days_so_275_are_flagged_and_276_are_not() {
      assertEquals(false, Carmack.atLeast(CalendarPeriod.calendarDays(275), Carmack.FILING_MINIMUM));
      assertEquals(true, Carmack.atLeast(CalendarPeriod.calendarDays(276), Carmack.FILING_MINIMUM));
      assertEquals(true, Carmack.atLeast(CalendarPeriod.months(9), Carmack.FILING_MINIMUM));
      assertEquals(false, Carmack.atLeast(CalendarPeriod.months(8), Carmack.FILING_MINIMUM));
      assertEquals(true, Carmack.atLeast(CalendarPeriod.years(1), Carmack.FILING_MINIMUM));
      assertEquals(true, Carmack.atLeast(CalendarPeriod.workingDays(276), Carmack.FILING_MINIMUM));
      assertEquals(false, Carmack.atLeast(CalendarPeriod.hours(275 * 24), Carmack.FILING_MINIMUM));
    }

    @Test
    void fedex_sixty_days_for_damage_is_flagged_and_nine_months_for_non_delivery_is_not() {
      java.util.List<WindowCheck> checks = Carmack.checkFiling(TimeBars.fedexUsExpress(MAINLAND));

      assertEquals(java.util.List.of(true, false), checks.stream().map(WindowCheck::meetsMinimum).toList());
      assertEquals(
          java.util.List.of("carrier.fedex.us-express.non-delivery", "carrier.fedex.us-express.delivered"),
          checks.stream().map(WindowCheck::window).toList());
    }
  }

  @Test
  void excepting_sundays_and_holidays_is_refused_for_a_length_not_in_days() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new Window("test.window", Policies.always(), Anchor.DELIVERY, CalendarPeriod.months(1), true, "k", "s"));

    assertEquals("sundaysAndHolidaysExcepted", e.violations().get(0).path());
  }
}
