package io.parcelclaims.rules.timebar;

import static io.parcelclaims.rules.DeskClaims.claim;
import static io.parcelclaims.rules.DeskClaims.context;
import static io.parcelclaims.rules.DeskClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.TimeBarAnswer;
import io.parcelclaims.policy.Timeliness;
import io.parcelclaims.rules.cn.ChineseCalendars;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the claim windows and of Carmack's comparison, over every day of 2025. */
class ClaimWindowsProperties {
  private static final BusinessCalendar MAINLAND = ChineseCalendars.mainland2025to2026();
  private static final AssessmentContext CONTEXT = context("2025-01-01").build();
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

  private static Claim lossAccepted(LocalDate accepted, LocalDate reported) {
    return claim(
            ClaimType.LOSS,
            shipment(ServiceScope.INTERNATIONAL, TransportMode.AIR, Money.of("USD", "20.00"), accepted.toString()).build(),
            reported.toString())
        .build();
  }

  @Property
  void a_claim_is_in_time_exactly_when_it_is_not_after_the_last_day(
      @ForAll @IntRange(min = 0, max = 364) int acceptedOn, @ForAll @IntRange(min = 0, max = 60) int reportedAfter) {
    // GIVEN
    LocalDate accepted = FIRST.plusDays(acceptedOn);
    LocalDate reported = accepted.plusDays(reportedAfter);

    // WHEN
    TimeBarAnswer answer = TimeBars.dhlExpress(MAINLAND).check(lossAccepted(accepted, reported), CONTEXT);

    // THEN
    LocalDate last = answer.date().orElseThrow();
    assertEquals(reported.isAfter(last) ? Timeliness.BARRED : Timeliness.IN_TIME, answer.timeliness());
    assertTrue(answer.isBarred() == answer.reason().isPresent());
  }

  @Property
  void a_shifted_last_day_is_never_before_the_nominal_one_nor_a_listed_off_day(
      @ForAll @IntRange(min = 0, max = 364) int acceptedOn) {
    // GIVEN
    LocalDate accepted = FIRST.plusDays(acceptedOn);
    ClaimWindows ems = TimeBars.emsInternational(MAINLAND);
    Window window = ems.windows().get(0);

    // WHEN
    LocalDate shifted = ems.lastDay(window, accepted);
    LocalDate nominal = ems.withShift(HolidayShift.NONE).lastDay(window, accepted);

    // THEN
    assertFalse(shifted.isBefore(nominal));
    assertFalse(MAINLAND.isOffDay(shifted));
    assertEquals(nominal, accepted.plusMonths(4));
  }

  @Property
  void excepting_sundays_and_holidays_counts_exactly_that_many_counted_days(
      @ForAll @IntRange(min = 0, max = 300) int deliveredOn) {
    // GIVEN
    LocalDate delivered = FIRST.plusDays(deliveredOn);
    ClaimWindows cmr = TimeBars.cmrNotice(MAINLAND).windows();

    // WHEN
    LocalDate last = cmr.lastDay(cmr.windows().get(0), delivered);

    // THEN
    int counted = 0;
    for (LocalDate d = delivered.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY && !MAINLAND.isOffDay(d)) {
        counted++;
      }
    }
    assertEquals(7, counted);
    assertFalse(last.getDayOfWeek() == java.time.DayOfWeek.SUNDAY || MAINLAND.isOffDay(last));
  }

  @Property
  void a_window_in_days_meets_carmacks_nine_months_from_276_days_on(@ForAll @IntRange(min = 0, max = 800) int days) {
    assertEquals(days >= 276, Carmack.atLeast(CalendarPeriod.calendarDays(days), Carmack.FILING_MINIMUM));
    assertEquals(days >= 731, Carmack.atLeast(CalendarPeriod.calendarDays(days), Carmack.SUIT_MINIMUM));
  }

  @Property
  void a_claim_reported_before_acceptance_plus_the_window_is_never_barred(
      @ForAll @IntRange(min = 0, max = 364) int acceptedOn, @ForAll @IntRange(min = 0, max = 30) int reportedAfter) {
    // GIVEN a report within the 30 nominal days
    LocalDate accepted = FIRST.plusDays(acceptedOn);

    // WHEN
    TimeBarAnswer answer = TimeBars.sfInternational(MAINLAND).check(lossAccepted(accepted, accepted.plusDays(reportedAfter)), CONTEXT);

    // THEN
    assertEquals(Timeliness.IN_TIME, answer.timeliness());
    assertFalse(answer.date().orElseThrow().isBefore(accepted.plusDays(30)));
  }
}
