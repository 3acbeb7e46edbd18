package io.parcelclaims.rules.timebar;

import static io.parcelclaims.rules.DeskClaims.claim;
import static io.parcelclaims.rules.DeskClaims.context;
import static io.parcelclaims.rules.DeskClaims.evidence;
import static io.parcelclaims.rules.DeskClaims.noon;
import static io.parcelclaims.rules.DeskClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.GuardedPolicy;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.TimeBarAnswer;
import io.parcelclaims.policy.Timeliness;
import io.parcelclaims.rules.Golden;
import io.parcelclaims.rules.carrier.CarrierMessages;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.rules.cn.CnMessages;
import io.parcelclaims.rules.intl.ConventionMessages;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.rules.servicelevel.ServiceLevelPresets;
import io.parcelclaims.rules.standing.StandingMessages;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/worked-examples.md worked examples of the time bars and service levels: <b>EX-11</b> (Montreal notice of
 * damage one day late), <b>EX-12</b> (China Post inquiry period: barred the day after, in time on the
 * last day, and the answer-by date 2025-04-09), <b>EX-16</b> (Carmack clocks and minimum windows) and
 * <b>EX-17 (c)</b> (SF international claim 35 days after acceptance). Each asserts the outcome, the
 * dates, the reason codes and the explanation's rule ids; the denials are rendered in both languages
 * against golden files.
 */
class TimeBarWorkedExamplesTest {
  private static final BusinessCalendar MAINLAND = ChineseCalendars.mainland2025to2026();
  private static final ExplanationRenderer RENDERER =
      ExplanationRenderer.of(
          CnMessages.SOURCE,
          CarrierMessages.SOURCE,
          ConventionMessages.SOURCE,
          TimeBarMessages.SOURCE,
          StandingMessages.SOURCE);

  /** The Montreal cargo version in force on EX-11's date of carriage, 2025-03-28 (26 SDR/kg). */
  private static final CompensationPolicy MC99_CARGO =
      Conventions.montrealCargo().inForceOn(LocalDate.of(2025, 3, 28)).orElseThrow();

  private static Claim ex11(String noticeOn) {
    // cargo received 2025-04-01 with concealed damage; the claim itself reported later
    return claim(
            ClaimType.DAMAGE,
            shipment(ServiceScope.INTERNATIONAL, TransportMode.AIR, Money.of("CNY", "300.00"), "2025-03-28")
                .deliveredAt(noon("2025-04-01"))
                .build(),
            "2025-04-22")
        .damageExtent(DamageExtent.PARTIAL)
        .addEvidence(evidence(1, EvidenceKind.WRITTEN_NOTICE, noticeOn))
        .build();
  }

  @Test
  void ex11_damage_notice_one_day_after_the_fourteen_days_is_denied_time_barred_notice() {
    // GIVEN first written complaint 2025-04-16, 15 days after receipt on 2025-04-01
    Claim claim = ex11("2025-04-16");
    AssessmentContext context = context("2025-03-28").provedValue(Money.of("CNY", "5000.00")).build();
    ClaimWindows notice = TimeBars.montrealNotice(MAINLAND);

    // WHEN
    TimeBarAnswer answer = notice.check(claim, context);
    Assessment a = GuardedPolicy.builder(MC99_CARGO).timeBar(notice).build().assess(claim, context);

    // THEN 14 days from receipt, start day excluded → last day 2025-04-15; filing 2025-04-16
    assertEquals(Timeliness.BARRED, answer.timeliness());
    assertEquals(Optional.of(LocalDate.of(2025, 4, 15)), answer.date());
    assertEquals(Optional.of(DenialReason.TIME_BARRED_NOTICE), answer.reason());
    assertEquals(
        List.of(MessageArg.date(LocalDate.of(2025, 4, 16)), MessageArg.date(LocalDate.of(2025, 4, 15)), MessageArg.code("TIME_BARRED_NOTICE")),
        answer.step().arguments());
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.TIME_BARRED_NOTICE), a.denialReasons());
    assertTrue(a.lines().isEmpty());
    assertEquals(
        List.of(
            "intl.mc99.cargo@2024-12-28",
            "mc99.art31.notice@1999",
            "mc99.art31.damage@1999",
            "mc99.art31.notice@1999"),
        a.ruleIds());
    Golden.assertMatches("ex-11", a, RENDERER);
  }

  @Test
  void ex11_boundary_a_notice_on_the_fourteenth_day_is_in_time() {
    // GIVEN the complaint on the last day, 2025-04-15
    Claim claim = ex11("2025-04-15");

    // WHEN
    TimeBarAnswer answer = TimeBars.montrealNotice(MAINLAND).check(claim, context("2025-03-28").build());

    // THEN
    assertEquals(Timeliness.IN_TIME, answer.timeliness());
    assertEquals(Optional.of(LocalDate.of(2025, 4, 15)), answer.date());
  }

  private static Claim ex12(String inquiry) {
    return claim(
            ClaimType.LOSS,
            shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of("CNY", "12.00"), "2024-03-10")
                .mailClass(MailClass.POSTAL_RECEIPTED)
                .build(),
            inquiry)
        .build();
  }

  @Test
  void ex12_an_inquiry_a_year_and_a_day_after_posting_is_denied_time_barred() {
    // GIVEN a domestic receipted item posted 2024-03-10, inquiry 2025-03-11
    Claim claim = ex12("2025-03-11");
    AssessmentContext context = context("2024-03-10").provedValue(Money.of("CNY", "200.00")).build();
    PostalInquiry inquiry = TimeBars.chinaPostInquiry(MAINLAND);

    // WHEN
    Assessment a = GuardedPolicy.builder(PostalLaw.policy()).timeBar(inquiry).build().assess(claim, context);

    // THEN 1 year, start day excluded, the corresponding day 2025-03-10 (a Monday, no shift)
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.TIME_BARRED), a.denialReasons());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 10)), inquiry.check(claim, context).date());
    assertEquals(
        List.of(
            "cn.postal-law.art47@2015",
            "cn.postal-law.art49@2015",
            "cn.postal-law.art49.domestic@2015",
            "cn.postal-law.art49@2015"),
        a.ruleIds());
    Golden.assertMatches("ex-12-barred", a, RENDERER);
  }

  @Test
  void ex12_an_inquiry_on_the_last_day_is_in_time_answered_by_2025_04_09_and_compensated_per_art_47() {
    // GIVEN inquiry 2025-03-10; not found, actual loss 200.00, postage 12.00
    Claim claim = ex12("2025-03-10");
    AssessmentContext context = context("2024-03-10").provedValue(Money.of("CNY", "200.00")).build();
    PostalInquiry inquiry = TimeBars.chinaPostInquiry(MAINLAND);

    // WHEN
    TimeBarAnswer answer = inquiry.check(claim, context);
    Assessment a = GuardedPolicy.builder(PostalLaw.policy()).timeBar(inquiry).build().assess(claim, context);

    // THEN in time to 2025-03-10; China Post answers within 30 days: by 2025-04-09
    assertEquals(Timeliness.IN_TIME, answer.timeliness());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 10)), answer.date());
    assertEquals(LocalDate.of(2025, 4, 9), inquiry.answerBy(claim, context));
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(Money.of("CNY", "36.00"), a.total());
    assertEquals(
        List.of(
            "cn.postal-law.art47@2015",
            "cn.postal-law.art49@2015",
            "cn.postal-law.art49.domestic@2015",
            "cn.postal-law.art49.answer@2015",
            "cn.postal-law.art47.compensation@2015",
            "cn.postal-law.art47-2.uninsured@2015",
            "cn.postal-law.art47-2.cap@2015",
            "cn.postal-law.actual-loss@2015",
            "value.proved@2015",
            "cn.postal-law.art47-2.three-times-postage@2015"),
        a.ruleIds());
    Golden.assertMatches("ex-12-in-time", a, RENDERER);
  }

  @Test
  void ex12_the_service_level_preset_gives_the_same_answer_by_date() {
    // GIVEN the inquiry received 2025-03-10
    ServiceLevel answer =
        ServiceLevelPresets.chinaPostInquiry(false, io.parcelclaims.calendar.HolidayShift.AFTER_HOLIDAY).all().get(0);

    // WHEN
    Deadline deadline = answer.deadline(noon("2025-03-10"), MAINLAND);

    // THEN
    assertEquals(LocalDate.of(2025, 4, 9), deadline.lastDay());
    assertEquals(ServiceClock.INVESTIGATION, deadline.clock());
  }

  @Test
  void ex16_carmack_clocks_acknowledge_dispose_and_report_status_every_sixty_days() {
    // GIVEN a claim received 2025-01-10 in New York
    BusinessCalendar us = BusinessCalendar.weekendsOnly(ZoneId.of("America/New_York"), Year.of(2025), Year.of(2025));
    ServiceLevels carmack = ServiceLevelPresets.carmack();
    java.time.Instant received = LocalDate.of(2025, 1, 10).atTime(10, 0).atZone(us.zone()).toInstant();

    // WHEN
    Deadline ack = carmack.measuring(ServiceClock.FIRST_RESPONSE).get(0).deadline(received, us);
    Deadline disposition = carmack.measuring(ServiceClock.COMPENSATION_PROPOSAL).get(0).deadline(received, us);
    ServiceLevel status = carmack.measuring(ServiceClock.STATUS_UPDATE).get(0);
    Deadline firstStatus = status.deadline(received, us);
    Deadline second = status.next(firstStatus, us).orElseThrow();
    Deadline third = status.next(second, us).orElseThrow();

    // THEN
    assertEquals(LocalDate.of(2025, 2, 9), ack.lastDay());
    assertEquals(LocalDate.of(2025, 5, 10), disposition.lastDay());
    assertEquals(LocalDate.of(2025, 7, 9), second.lastDay());
    assertEquals(LocalDate.of(2025, 9, 7), third.lastDay());
    assertEquals(
        List.of(
            ServiceLevelPresets.CARMACK_ACKNOWLEDGEMENT,
            ServiceLevelPresets.CARMACK_DISPOSITION,
            ServiceLevelPresets.CARMACK_STATUS),
        carmack.all().stream().map(ServiceLevel::id).toList());
  }

  @Test
  void ex16_carmack_flags_a_sixty_day_notice_clause_and_accepts_nine_months_to_file_and_two_years_to_sue() {
    // GIVEN UPS's windows
    BusinessCalendar us = BusinessCalendar.weekendsOnly(ZoneId.of("America/New_York"), Year.of(2025), Year.of(2026));

    // WHEN
    List<WindowCheck> notice = Carmack.checkFiling(TimeBars.upsNotice(us));
    List<WindowCheck> filing = Carmack.checkFiling(TimeBars.upsFiling(us));
    WindowCheck suit = Carmack.checkSuit("carrier.suit", CalendarPeriod.years(2));
    WindowCheck shortSuit = Carmack.checkSuit("carrier.suit", CalendarPeriod.months(18));

    // THEN
    assertFalse(notice.get(0).meetsMinimum());
    assertEquals("us.carmack.minimums.filing@14706e", notice.get(0).step().rule().toString());
    assertEquals("explain.timebar.carmack-filing-short", notice.get(0).step().messageKey());
    assertTrue(filing.get(0).meetsMinimum());
    assertTrue(suit.meetsMinimum());
    assertFalse(shortSuit.meetsMinimum());
    assertEquals(
        List.of(
            "[us.carmack.minimums.filing@14706e] Window carrier.ups.notice.all-claims may end before Carmack's minimum of 9 months to file a claim (49 U.S.C. 14706(e)): flagged",
            "  [us.carmack.minimums@14706e] Its length: 60 days"),
        RENDERER.render(notice.get(0).step(), Locale.ENGLISH));
  }

  private static Claim ex17c(String lodged) {
    return claim(
            ClaimType.LOSS,
            shipment(ServiceScope.INTERNATIONAL, TransportMode.AIR, Money.of("USD", "20.00"), "2025-03-15").build(),
            lodged)
        .build();
  }

  @Test
  void ex17c_sf_international_claim_lodged_35_days_after_acceptance_is_denied_time_barred() {
    // GIVEN SF accepted the parcel 2025-03-15; claim lodged 35 days later, 2025-04-19
    Claim claim = ex17c("2025-04-19");
    AssessmentContext context = context("2025-03-15").provedValue(Money.of("USD", "300.00")).build();
    ClaimWindows window = TimeBars.sfInternational(MAINLAND);

    // WHEN
    Assessment a = GuardedPolicy.builder(Carriers.sfInternational()).timeBar(window).build().assess(claim, context);

    // THEN 30 days → last day 2025-04-14
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.TIME_BARRED), a.denialReasons());
    assertEquals(Optional.of(LocalDate.of(2025, 4, 14)), window.check(claim, context).date());
    assertEquals(
        List.of(
            "carrier.sf.international@21c-e.2026-11",
            "carrier.sf.international.claim-window@21c.2026-11",
            "carrier.sf.international.claim-window.all-claims@21c.2026-11",
            "carrier.sf.international.claim-window@21c.2026-11"),
        a.ruleIds());
    Golden.assertMatches("ex-17c", a, RENDERER);
  }

  @Test
  void ex17c_boundary_a_claim_on_the_thirtieth_day_passes_to_the_sf_international_policy() {
    // GIVEN EX-17 (a): uninsured, 2.5 kg by air, value USD 300.00, claim on 2025-04-14
    Claim claim = ex17c("2025-04-14");
    AssessmentContext context = context("2025-03-15").provedValue(Money.of("USD", "300.00")).build();

    // WHEN
    Assessment a =
        GuardedPolicy.builder(Carriers.sfInternational()).timeBar(TimeBars.sfInternational(MAINLAND)).build().assess(claim, context);

    // THEN min(300.00, 100.00, 20 × 2.5 = 50.00) = 50.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(Money.of("USD", "50.00"), a.total());
  }
}
