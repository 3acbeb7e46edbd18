package io.parcelclaims.rules.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.Milestone;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service-level presets with the limits and dates of docs/time-bars-and-calendars.md and docs/worked-examples.md EX-15. */
class ServiceLevelPresetsTest {
  private static final BusinessCalendar MAINLAND = ChineseCalendars.mainland2025to2026();

  private static Instant at(String date, int hour) {
    return LocalDate.parse(date).atTime(hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
  }

  private static ServiceLevel only(ServiceLevels levels, ServiceClock clock) {
    List<ServiceLevel> found = levels.measuring(clock);
    assertEquals(1, found.size(), clock::name);
    return found.get(0);
  }

  @Test
  void gbt_answers_a_claim_form_within_24_hours_and_proposes_within_30_days_of_that_answer() {
    // GIVEN a domestic claim form received 2025-06-10 at 15:00
    ServiceLevels gbt = ServiceLevelPresets.gbt27917(ServiceScope.DOMESTIC_INTER_CITY);

    // WHEN
    Deadline answer = only(gbt, ServiceClock.FIRST_RESPONSE).deadline(at("2025-06-10", 15), MAINLAND);
    ServiceLevel proposal = only(gbt, ServiceClock.COMPENSATION_PROPOSAL);
    Deadline proposed = proposal.deadline(at("2025-06-11", 9), MAINLAND);

    // THEN
    assertEquals(at("2025-06-11", 15), answer.dueBefore());
    assertEquals(Milestone.FIRST_RESPONSE_GIVEN, proposal.startsAt());
    assertEquals(LocalDate.of(2025, 7, 11), proposed.lastDay());
    assertEquals(LimitKind.HARD_LIMIT, proposed.kind());
  }

  @Test
  void gbt_gives_60_days_to_propose_for_international_and_30_for_hong_kong_macao_and_taiwan() {
    assertEquals(
        CalendarPeriod.calendarDays(60),
        only(ServiceLevelPresets.gbt27917(ServiceScope.INTERNATIONAL), ServiceClock.COMPENSATION_PROPOSAL).length());
    assertEquals(
        CalendarPeriod.calendarDays(30),
        only(ServiceLevelPresets.gbt27917(ServiceScope.HONG_KONG_MACAO_TAIWAN), ServiceClock.COMPENSATION_PROPOSAL).length());
    assertEquals(
        CalendarPeriod.calendarDays(30),
        only(ServiceLevelPresets.gbt27917(ServiceScope.SAME_CITY), ServiceClock.COMPENSATION_PROPOSAL).length());
  }

  @Test
  void ex15_gbt_payment_seven_days_after_agreement_moves_past_spring_festival_only_with_the_shift() {
    // GIVEN the amount agreed 2026-02-12
    Instant agreed = at("2026-02-12", 10);

    // WHEN
    Deadline plain = only(ServiceLevelPresets.gbt27917(ServiceScope.DOMESTIC_INTER_CITY), ServiceClock.PAYMENT).deadline(agreed, MAINLAND);
    Deadline shifted =
        only(ServiceLevelPresets.gbt27917(ServiceScope.DOMESTIC_INTER_CITY, HolidayShift.AFTER_HOLIDAY), ServiceClock.PAYMENT)
            .deadline(agreed, MAINLAND);

    // THEN
    assertEquals(LocalDate.of(2026, 2, 19), plain.lastDay());
    assertEquals(LocalDate.of(2026, 2, 24), shifted.lastDay());
  }

  @Test
  void ex15_a_complaint_is_handled_within_seven_days_2025_10_03_or_2025_10_09_with_the_shift() {
    // GIVEN a complaint received 2025-09-26
    Instant received = at("2025-09-26", 9);

    // WHEN
    Deadline plain = only(ServiceLevelPresets.complaints(), ServiceClock.COMPLAINT_ANSWER).deadline(received, MAINLAND);
    Deadline shifted = only(ServiceLevelPresets.complaints(HolidayShift.AFTER_HOLIDAY), ServiceClock.COMPLAINT_ANSWER).deadline(received, MAINLAND);

    // THEN
    assertEquals(LocalDate.of(2025, 10, 3), plain.lastDay());
    assertEquals(LocalDate.of(2025, 10, 9), shifted.lastDay());
    assertEquals(Milestone.COMPLAINT_RECEIVED, only(ServiceLevelPresets.complaints(), ServiceClock.COMPLAINT_ANSWER).startsAt());
  }

  @Test
  void a_chinese_express_carrier_keeps_the_seed_target_and_adds_the_gbt_clocks_and_the_complaint_rule() {
    // GIVEN / WHEN
    ServiceLevels levels = ServiceLevelPresets.chineseExpress(ServiceScope.DOMESTIC_INTER_CITY);

    // THEN
    assertEquals(
        List.of(
            ServiceLevels.SEED_TOTAL_HANDLING,
            ServiceLevelPresets.GBT_ANSWER,
            ServiceLevelPresets.GBT_PROPOSAL,
            ServiceLevelPresets.GBT_PAYMENT,
            ServiceLevelPresets.COMPLAINT),
        levels.all().stream().map(ServiceLevel::id).toList());
    assertEquals(LocalDate.of(2025, 10, 16), only(levels, ServiceClock.TOTAL_HANDLING).deadline(at("2025-09-26", 15), MAINLAND).lastDay());
    assertTrue(levels.all().stream().allMatch(l -> !l.source().isBlank()));
  }
}
