package io.parcelclaims.rules.servicelevel;

import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.Milestone;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Service-level configurations with the limits of docs/time-bars-and-calendars.md, built from core's {@link
 * ServiceLevel}. Core's own {@link ServiceLevels#defaults()} holds only the seeds' 10-working-day
 * target; combine with {@code ServiceLevels.defaults().plus(preset.all())}.
 *
 * <p><b>Holiday shift.</b> No source says whether Civil Code Art. 203 moves these clocks past a
 * holiday (docs/worked-examples.md EX-15); the suggested default, not sourced, is no shift for service
 * targets. Every factory without a shift argument uses {@link HolidayShift#NONE}; the others take
 * the carrier's choice. This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class ServiceLevelPresets {
  /** Id of the GB/T answer to a claim form: {@value}. */
  public static final String GBT_ANSWER = "GBT-27917.3-ANSWER-24H";

  /** Id of the GB/T compensation proposal: {@value}. */
  public static final String GBT_PROPOSAL = "GBT-27917.3-PROPOSAL";

  /** Id of the GB/T payment after agreement: {@value}. */
  public static final String GBT_PAYMENT = "GBT-27917.3-PAYMENT-7D";

  /** Id of the complaint rule of the Interim Regulations on Express Delivery: {@value}. */
  public static final String COMPLAINT = "CN-EXPRESS-REG-29-COMPLAINT-7D";

  /** Id of China Post's answer to an inquiry: {@value}. */
  public static final String POSTAL_INQUIRY_ANSWER = "CN-POSTAL-LAW-49-ANSWER";

  /** Id of Carmack's acknowledgement: {@value}. */
  public static final String CARMACK_ACKNOWLEDGEMENT = "US-CARMACK-378-ACK-30D";

  /** Id of Carmack's disposition: {@value}. */
  public static final String CARMACK_DISPOSITION = "US-CARMACK-378-DISPOSITION-120D";

  /** Id of Carmack's status letters: {@value}. */
  public static final String CARMACK_STATUS = "US-CARMACK-378-STATUS-60D";

  private static final String GBT_SOURCE = "GB/T 27917.3-2011 claim procedure, docs/gbt-27917.md and docs/time-bars-and-calendars.md [S] [12]";

  private ServiceLevelPresets() {}

  /**
   * GB/T 27917.3's claim clocks (docs/gbt-27917.md and docs/time-bars-and-calendars.md, [S] [12]), without a holiday shift.
   *
   * @param scope the service scope, which sets the proposal's length
   * @return the configuration
   * @see #gbt27917(ServiceScope, HolidayShift)
   */
  public static ServiceLevels gbt27917(ServiceScope scope) {
    return gbt27917(scope, HolidayShift.NONE);
  }

  /**
   * GB/T 27917.3's claim clocks (docs/gbt-27917.md and docs/time-bars-and-calendars.md, [S] [12]):
   *
   * <ul>
   *   <li>{@value #GBT_ANSWER}: answer the claim form within <b>24 hours</b> of receiving it;
   *   <li>{@value #GBT_PROPOSAL}: a compensation proposal within <b>30 calendar days</b> of that
   *       answer (same city, domestic inter-city, Hong Kong, Macao and Taiwan) or <b>60</b>
   *       (international);
   *   <li>{@value #GBT_PAYMENT}: pay within <b>7 calendar days</b> of agreeing the amount.
   * </ul>
   *
   * <p>All are hard limits (a standard's, not the carrier's own aim).
   *
   * @param scope the service scope, which sets the proposal's length
   * @param shift how a last day that is a day off moves (not for the 24 hours)
   * @return the configuration
   */
  public static ServiceLevels gbt27917(ServiceScope scope, HolidayShift shift) {
    return ServiceLevels.of(gbtLevels(scope, shift));
  }

  private static List<ServiceLevel> gbtLevels(ServiceScope scope, HolidayShift shift) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(shift, "shift");
    int proposalDays = scope == ServiceScope.INTERNATIONAL ? 60 : 30;
    return List.of(
        level(GBT_ANSWER, ServiceClock.FIRST_RESPONSE, Milestone.CLAIM_REPORTED, CalendarPeriod.hours(24))
            .source(GBT_SOURCE)
            .build(),
        level(GBT_PROPOSAL, ServiceClock.COMPENSATION_PROPOSAL, Milestone.FIRST_RESPONSE_GIVEN, CalendarPeriod.calendarDays(proposalDays))
            .shift(shift)
            .source(GBT_SOURCE + ", " + scope)
            .build(),
        level(GBT_PAYMENT, ServiceClock.PAYMENT, Milestone.AMOUNT_AGREED, CalendarPeriod.calendarDays(7))
            .shift(shift)
            .source(GBT_SOURCE)
            .build());
  }

  /**
   * The complaint rule of the Interim Regulations on Express Delivery (快递暂行条例 Art. 28 (2019) /
   * Art. 29 (2025), docs/express-civil-code.md and docs/time-bars-and-calendars.md, [V] [4][42]), without a holiday shift: {@value
   * #COMPLAINT}, handle a complaint and inform the user within <b>7 days</b> of receiving it. A
   * complaint left unhandled beyond that may be appealed to the postal regulator (docs/complaints.md).
   *
   * @return the configuration
   * @see #complaints(HolidayShift)
   */
  public static ServiceLevels complaints() {
    return complaints(HolidayShift.NONE);
  }

  /**
   * The 7-day complaint rule with the carrier's holiday shift (docs/worked-examples.md EX-15: 2025-09-26 →
   * 2025-10-03 without a shift, 2025-10-09 with Art. 203's).
   *
   * @param shift how a last day that is a day off moves
   * @return the configuration
   */
  public static ServiceLevels complaints(HolidayShift shift) {
    return ServiceLevels.of(complaintLevel(shift));
  }

  private static ServiceLevel complaintLevel(HolidayShift shift) {
    return level(COMPLAINT, ServiceClock.COMPLAINT_ANSWER, Milestone.COMPLAINT_RECEIVED, CalendarPeriod.calendarDays(7))
        .shift(Objects.requireNonNull(shift, "shift"))
        .source("快递暂行条例 Art. 28 (2019) / Art. 29 (2025), docs/express-civil-code.md [V] [4][42]")
        .build();
  }

  /**
   * An express carrier in mainland China: the seeds' 10-working-day target of {@link
   * ServiceLevels#defaults()}, GB/T 27917.3's clocks and the 7-day complaint rule, without a
   * holiday shift.
   *
   * @param scope the service scope, which sets the GB/T proposal's length
   * @return the configuration
   */
  public static ServiceLevels chineseExpress(ServiceScope scope) {
    List<ServiceLevel> more = new ArrayList<>(gbtLevels(scope, HolidayShift.NONE));
    more.add(complaintLevel(HolidayShift.NONE));
    return ServiceLevels.defaults().plus(more);
  }

  /**
   * China Post's answer to an inquiry (邮政法 Art. 49, docs/postal-law.md and docs/time-bars-and-calendars.md, [V] [3]): {@value
   * #POSTAL_INQUIRY_ANSWER}, the investigation concluded within <b>30 days</b> of the inquiry,
   * <b>60</b> for international items and remote areas; a hard limit.
   *
   * @param internationalOrRemote whether the item is international or goes to or from a remote area
   * @param shift how a last day that is a day off moves
   * @return the configuration
   */
  public static ServiceLevels chinaPostInquiry(boolean internationalOrRemote, HolidayShift shift) {
    return ServiceLevels.of(
        level(POSTAL_INQUIRY_ANSWER, ServiceClock.INVESTIGATION, Milestone.CLAIM_REPORTED, CalendarPeriod.calendarDays(internationalOrRemote ? 60 : 30))
            .shift(Objects.requireNonNull(shift, "shift"))
            .source("邮政法 Art. 49, docs/postal-law.md [V] [3]")
            .build());
  }

  /**
   * The Carmack claims regulation (49 CFR Part 378, docs/conventions.md and docs/time-bars-and-calendars.md, [S] [37]; §8 EX-16 calls
   * it {@code US-CARMACK-378}), in calendar days without a holiday shift:
   *
   * <ul>
   *   <li>{@value #CARMACK_ACKNOWLEDGEMENT}: acknowledge in writing within <b>30 days</b> of
   *       receiving the claim (378.7);
   *   <li>{@value #CARMACK_DISPOSITION}: pay, decline or make a firm compromise offer within
   *       <b>120 days</b> of receipt (378.9);
   *   <li>{@value #CARMACK_STATUS}: if not, tell the claimant the status at 120 days and <b>every
   *       60 days</b> after while the claim is open (378.9).
   * </ul>
   *
   * @return the configuration
   */
  public static ServiceLevels carmack() {
    String source = "49 CFR Part 378, docs/conventions.md [S] [37]";
    return ServiceLevels.of(
        level(CARMACK_ACKNOWLEDGEMENT, ServiceClock.FIRST_RESPONSE, Milestone.CLAIM_REPORTED, CalendarPeriod.calendarDays(30))
            .source("49 CFR 378.7, docs/conventions.md [S] [37]")
            .build(),
        level(CARMACK_DISPOSITION, ServiceClock.COMPENSATION_PROPOSAL, Milestone.CLAIM_REPORTED, CalendarPeriod.calendarDays(120))
            .source("49 CFR 378.9, docs/conventions.md [S] [37]")
            .build(),
        level(CARMACK_STATUS, ServiceClock.STATUS_UPDATE, Milestone.CLAIM_REPORTED, CalendarPeriod.calendarDays(120))
            .repeatEvery(CalendarPeriod.calendarDays(60))
            .source(source)
            .build());
  }

  private static ServiceLevel.Builder level(String id, ServiceClock clock, Milestone start, CalendarPeriod length) {
    ServiceLevel.Builder b = ServiceLevel.builder();
    b.id(id).clock(clock).startsAt(start).length(length).kind(LimitKind.HARD_LIMIT);
    return b;
  }
}
