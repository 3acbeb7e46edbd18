package io.parcelclaims.rules.timebar;

import static io.parcelclaims.policy.Policies.always;
import static io.parcelclaims.policy.Policies.claimType;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.rules.cn.CompleteDelay;
import io.parcelclaims.rules.cn.GbT27917;
import io.parcelclaims.rules.intl.Conventions;
import java.util.Objects;

/**
 * Ready time bars (docs/conventions.md and docs/time-bars-and-calendars.md): convention notice periods, limitation periods, carriers'
 * claim windows, and the waiting periods before a loss claim. Put them in front of a policy with
 * {@link io.parcelclaims.policy.GuardedPolicy}.
 *
 * <p>Every period is counted on the calendar given, the start day not counted (Civil Code Art. 201);
 * a last day that is a listed off day moves past the holiday ({@link
 * io.parcelclaims.calendar.HolidayShift#AFTER_HOLIDAY}, the suggested default for limitation
 * periods of docs/worked-examples.md EX-15) unless the caller sets another shift with {@link
 * ClaimWindows#withShift}. Notice periods measure the earliest written notice ({@link
 * ActedOn#WRITTEN_NOTICE}) and deny with {@link DenialReason#TIME_BARRED_NOTICE}; claim windows and
 * limitation periods measure the claim's report and deny with {@link DenialReason#TIME_BARRED}. CMR
 * Art. 30 is neither ({@link #cmrNotice}): a late reservation for loss or damage is a rebuttable
 * presumption, not a bar, and a late delay reservation is {@link DenialReason#TIME_BARRED} (
 * docs/worked-examples.md EX-27).
 *
 * <p>Not modelled: the fraud exception of Montreal Art. 31(4) and Warsaw Art. 26(4) (a desk refers
 * such a claim to a person), the day carriage stopped (Montreal Art. 35, Warsaw Art. 29), and the
 * distinction between apparent and non-apparent loss or damage under CMR Art. 30(1) (both presumed,
 * never barred). Short contents count as damage in the convention notice periods. This class holds
 * factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class TimeBars {
  /** Version of the sources read at the research cut-off, for carriers' terms and IATA conditions. */
  private static final String CUT_OFF = "2026-11";

  /** Montreal Art. 13(3): days after the date the cargo ought to have arrived (docs/conventions.md). */
  private static final int MONTREAL_DAYS_AFTER_DUE_ARRIVAL = 7;

  private TimeBars() {}

  private static Condition damageOrShort() {
    return claimType(ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS);
  }

  /**
   * Montreal Convention 1999 Art. 31 (docs/conventions.md, [V] [41]; §8 EX-11 calls it {@code
   * MC99-NOTICE}): rule {@code mc99.art31.notice}, version {@code 1999}. The person entitled to
   * delivery complains in writing within <b>14 days</b> of receipt for damage and within <b>21
   * days</b> of the day the cargo was placed at his disposal for delay (both: the delivery day);
   * otherwise no action lies ({@link DenialReason#TIME_BARRED_NOTICE}). A loss claim needs no
   * notice.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows montrealNotice(BusinessCalendar calendar) {
    return notice("mc99.art31.notice", "1999", calendar, "mc99", 14, 21, "MC99 Art. 31 [V] [41]");
  }

  /**
   * Warsaw Convention 1929 Art. 26(2) (docs/conventions.md, [V] [43]): rule {@code warsaw.art26.notice},
   * version {@code 1929}: written complaint for damage to goods within <b>7 days</b> of receipt, for
   * delay within <b>14 days</b> of the day they were placed at the consignee's disposal.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows warsawNotice(BusinessCalendar calendar) {
    return notice("warsaw.art26.notice", "1929", calendar, "warsaw", 7, 14, "Warsaw 1929 Art. 26(2) [V] [43]");
  }

  /**
   * Warsaw Convention as amended at The Hague 1955, Art. 26(2) (docs/conventions.md, [V] [44]): rule
   * {@code hague.art26.notice}, version {@code 1955}: damage to goods <b>14 days</b> from receipt,
   * delay <b>21 days</b> from disposal.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows hagueNotice(BusinessCalendar calendar) {
    return notice("hague.art26.notice", "1955", calendar, "hague", 14, 21, "Hague 1955 Art. 26(2) [V] [44]");
  }

  private static ClaimWindows notice(
      String id, String version, BusinessCalendar calendar, String key, int damageDays, int delayDays, String source) {
    String rule = id.substring(0, id.length() - ".notice".length());
    return ClaimWindows.builder(id, version, calendar)
        .reason(DenialReason.TIME_BARRED_NOTICE)
        .actedOn(ActedOn.WRITTEN_NOTICE)
        .window(
            Window.of(
                rule + ".damage",
                damageOrShort(),
                Anchor.DELIVERY,
                CalendarPeriod.calendarDays(damageDays),
                "explain.timebar." + key + "-damage",
                source))
        .window(
            Window.of(
                rule + ".delay",
                claimType(ClaimType.DELAY),
                Anchor.DELIVERY,
                CalendarPeriod.calendarDays(delayDays),
                "explain.timebar." + key + "-delay",
                source))
        .build();
  }

  /**
   * IATA air waybill conditions of contract (docs/conventions.md, [S] [34]): rule {@code
   * iata.air-waybill.notice}, version {@code 34.2026-11}: visible or other damage <b>14 days</b>
   * from receipt, delay <b>21 days</b> from disposal, non-delivery (a loss claim) <b>120 days</b>
   * from the issue of the air waybill (the acceptance day).
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows airWaybillNotice(BusinessCalendar calendar) {
    String source = "IATA air waybill conditions [S] [34]";
    return ClaimWindows.builder("iata.air-waybill.notice", "34." + CUT_OFF, calendar)
        .reason(DenialReason.TIME_BARRED_NOTICE)
        .actedOn(ActedOn.WRITTEN_NOTICE)
        .window(Window.of("iata.air-waybill.damage", damageOrShort(), Anchor.DELIVERY, CalendarPeriod.calendarDays(14), "explain.timebar.iata-damage", source))
        .window(Window.of("iata.air-waybill.delay", claimType(ClaimType.DELAY), Anchor.DELIVERY, CalendarPeriod.calendarDays(21), "explain.timebar.iata-delay", source))
        .window(Window.of("iata.air-waybill.non-delivery", claimType(ClaimType.LOSS), Anchor.ACCEPTANCE, CalendarPeriod.calendarDays(120), "explain.timebar.iata-non-delivery", source))
        .build();
  }

  /**
   * The China Post inquiry period, Postal Law Art. 49 (docs/worked-examples.md EX-12).
   *
   * @param calendar the calendar
   * @return the time bar
   * @see PostalInquiry
   */
  public static PostalInquiry chinaPostInquiry(BusinessCalendar calendar) {
    return PostalInquiry.of(calendar);
  }

  /**
   * SF international terms where no convention applies (docs/carriers.md and docs/time-bars-and-calendars.md, [S] [21-C]; §8 EX-17
   * (c)): rule {@code carrier.sf.international.claim-window}, version {@code 21c.2026-11}. Claims
   * in writing within <b>30 days</b> of SF accepting the parcel, for every claim type.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows sfInternational(BusinessCalendar calendar) {
    return fromAcceptance(
        "carrier.sf.international.claim-window", "21c." + CUT_OFF, calendar, CalendarPeriod.calendarDays(30),
        "explain.timebar.sf-international", "SF international terms [S] [21-C]");
  }

  /**
   * DHL Express (docs/carriers.md and docs/time-bars-and-calendars.md, [V] [26]): rule {@code carrier.dhl.express.claim-window},
   * version {@code 26.2026-11}. Claims in writing within <b>30 days</b> of DHL accepting the
   * shipment, for every claim type.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows dhlExpress(BusinessCalendar calendar) {
    return fromAcceptance(
        "carrier.dhl.express.claim-window", "26." + CUT_OFF, calendar, CalendarPeriod.calendarDays(30),
        "explain.timebar.dhl-express", "DHL claims FAQ [V] [26]");
  }

  /**
   * EMS international (docs/carriers.md and docs/time-bars-and-calendars.md, [S] [22], from the copy that conflicts with EMS's other
   * published terms): rule {@code carrier.ems.international.claim-bar}, version {@code
   * 22.2026-11}. Claims are barred <b>4 months</b> after posting.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows emsInternational(BusinessCalendar calendar) {
    return fromAcceptance(
        "carrier.ems.international.claim-bar", "22." + CUT_OFF, calendar, CalendarPeriod.months(4),
        "explain.timebar.ems-international", "EMS international terms [S] [22]");
  }

  private static ClaimWindows fromAcceptance(
      String id, String version, BusinessCalendar calendar, CalendarPeriod length, String key, String source) {
    return ClaimWindows.builder(id, version, calendar)
        .window(Window.of(id + ".all-claims", always(), Anchor.ACCEPTANCE, length, key, source))
        .build();
  }

  /**
   * CMR Art. 30 (docs/conventions.md, near-[V], rev. 2026-12; §8 EX-27): rule {@code cmr.art30.notice},
   * version {@code 1956}, written reservations measured ({@link ActedOn#WRITTEN_NOTICE}). Loss or
   * damage that is not apparent (damage, short contents): a reservation within <b>7 days</b> of
   * delivery, Sundays and public holidays excepted (listed off days of the calendar), is in time; a
   * later one is <b>not a bar</b> but a rebuttable presumption that the goods were received as
   * described (see {@link CmrReservations}). Delay: compensable only with a written reservation within
   * <b>21 days</b> of the goods being placed at the consignee's disposal; later → {@link
   * DenialReason#TIME_BARRED} (EX-27 (b)). A total loss needs no reservation.
   *
   * @param calendar the calendar whose listed off days are the public holidays
   * @return the time bar
   */
  public static CmrReservations cmrNotice(BusinessCalendar calendar) {
    String source = "CMR Art. 30 (docs/conventions.md near-[V]); [S] [45] for the 21 days";
    ClaimWindows windows =
        ClaimWindows.builder("cmr.art30.notice", "1956", calendar)
            .reason(DenialReason.TIME_BARRED)
            .actedOn(ActedOn.WRITTEN_NOTICE)
            .window(Window.sundaysAndHolidaysExcepted("cmr.art30.damage", damageOrShort(), Anchor.DELIVERY, 7, "explain.timebar.cmr-damage", source))
            .window(Window.of("cmr.art30.delay", claimType(ClaimType.DELAY), Anchor.DELIVERY, CalendarPeriod.calendarDays(21), "explain.timebar.cmr-delay", source))
            .build();
    return new CmrReservations(windows, "cmr.art30.damage");
  }

  /**
   * CMR Art. 32 with Art. 29's wilful misconduct read as {@link Conventions#wilfulMisconduct()}.
   *
   * @param calendar the calendar
   * @return the time bar
   * @see #cmrLimitation(BusinessCalendar, Condition)
   */
  public static ClaimWindows cmrLimitation(BusinessCalendar calendar) {
    return cmrLimitation(calendar, Conventions.wilfulMisconduct());
  }

  /**
   * CMR Art. 32 (docs/conventions.md, [S] [35]): rule {@code cmr.art32.limitation}, version {@code 1956}.
   * <b>1 year</b>, or <b>3 years</b> for wilful misconduct (the same fact that lifts the limits under
   * Art. 29, rev. 2026-12; §8 EX-26); from delivery for partial loss (short contents), damage and
   * delay, and for a total loss from the 30th day after the agreed time limit or the 60th day after
   * taking over ({@link Anchor#CMR_TOTAL_LOSS}). The claim's report is measured.
   *
   * @param calendar the calendar
   * @param wilfulMisconduct what stands for wilful misconduct, such as {@link
   *     Conventions#wilfulMisconduct()} or {@link Conventions#wilfulMisconductOrGrossNegligence()};
   *     use the same as the CMR policy's
   * @return the time bar
   * @since 0.2.0
   */
  public static ClaimWindows cmrLimitation(BusinessCalendar calendar, Condition wilfulMisconduct) {
    String source = "CMR Art. 32 [S] [35]";
    Condition wilful = Objects.requireNonNull(wilfulMisconduct, "wilfulMisconduct");
    Condition loss = claimType(ClaimType.LOSS);
    return ClaimWindows.builder("cmr.art32.limitation", "1956", calendar)
        .window(Window.of("cmr.art32.total-loss-wilful", loss.and(wilful), Anchor.CMR_TOTAL_LOSS, CalendarPeriod.years(3), "explain.timebar.cmr-total-loss-wilful", source))
        .window(Window.of("cmr.art32.total-loss", loss, Anchor.CMR_TOTAL_LOSS, CalendarPeriod.years(1), "explain.timebar.cmr-total-loss", source))
        .window(Window.of("cmr.art32.delivered-wilful", wilful, Anchor.DELIVERY, CalendarPeriod.years(3), "explain.timebar.cmr-delivered-wilful", source))
        .window(Window.of("cmr.art32.delivered", always(), Anchor.DELIVERY, CalendarPeriod.years(1), "explain.timebar.cmr-delivered", source))
        .build();
  }

  /**
   * Montreal Convention 1999 Art. 35 (docs/conventions.md, [S] [32][33], rev. 2026-12; §8 EX-28): rule
   * {@code mc99.art35.limitation}, version {@code 1999}. The right to damages is extinguished unless
   * an action is brought within <b>2 years</b> from arrival at destination (the delivery day), or the
   * date on which the aircraft ought to have arrived (the promised delivery day), or the date the
   * carriage stopped (not a fact of the SDK: with neither of the others the period has not started).
   * Late → {@link DenialReason#TIME_BARRED}; every claim type; the claim's report is measured. Art.
   * 35(2) leaves the method of counting to the court's law: the default moves a last day that is a
   * listed off day past the holiday; set another with {@link ClaimWindows#withShift}.
   *
   * @param calendar the calendar
   * @return the time bar
   * @since 0.2.0
   */
  public static ClaimWindows montrealLimitation(BusinessCalendar calendar) {
    return ClaimWindows.builder("mc99.art35.limitation", "1999", calendar)
        .window(Window.of("mc99.art35.action", always(), Anchor.DELIVERY_OR_PROMISED, CalendarPeriod.years(2), "explain.timebar.mc99-limitation", "MC99 Art. 35 [S] [32][33]"))
        .build();
  }

  /**
   * Warsaw Convention 1929 Art. 29(1), unchanged at The Hague 1955 (docs/conventions.md, [V] [43], rev.
   * 2026-12): rule {@code warsaw.art29.limitation}, version {@code 1929}. The right to damages is
   * extinguished unless an action is brought within <b>2 years</b> from arrival at destination (the
   * delivery day), or the date on which the aircraft ought to have arrived (the promised delivery
   * day), or the stop of carriage (not a fact of the SDK). Late → {@link DenialReason#TIME_BARRED};
   * every claim type; the claim's report is measured; counting as {@link
   * #montrealLimitation(BusinessCalendar)}.
   *
   * @param calendar the calendar
   * @return the time bar
   * @since 0.2.0
   */
  public static ClaimWindows warsawLimitation(BusinessCalendar calendar) {
    return ClaimWindows.builder("warsaw.art29.limitation", "1929", calendar)
        .window(Window.of("warsaw.art29.action", always(), Anchor.DELIVERY_OR_PROMISED, CalendarPeriod.years(2), "explain.timebar.warsaw-limitation", "Warsaw 1929 Art. 29(1) [V] [43]"))
        .build();
  }

  /**
   * Montreal Convention 1999 Art. 13(3) (docs/conventions.md and docs/tracking.md, rev. 2026-12): rule {@code
   * mc99.art13.presumed-loss}, version {@code 1999}. If the cargo has not arrived <b>seven days</b>
   * after the date on which it ought to have arrived (the promised delivery day + 7, as date
   * arithmetic, no holiday shift), the consignee may enforce the contract's rights as for a loss; a
   * loss claim on an undelivered parcel before that day is {@linkplain
   * io.parcelclaims.policy.Timeliness#TOO_EARLY too early}. A loss the investigation found (or the
   * carrier admitted) is not held back; without a promised day the investigation must establish the
   * loss.
   *
   * @return the time bar
   * @since 0.2.0
   */
  public static TimeBar montrealPresumedLoss() {
    return new LossWaitingPeriod(
        PolicyId.of("mc99.art13.presumed-loss", "1999"),
        "explain.timebar.mc99-presumed-loss",
        (shipment, zone) ->
            shipment.promisedBy().map(p -> p.atZone(zone).toLocalDate().plusDays(MONTREAL_DAYS_AFTER_DUE_ARRIVAL)));
  }

  /**
   * CMR Art. 20(1) (docs/conventions.md, [V] [45]): rule {@code cmr.art20.presumed-loss}, version {@code
   * 1956}. Non-delivery within 30 days after the agreed time limit, or without one within 60 days
   * after taking over, is conclusive evidence of loss; a loss claim on an undelivered parcel before
   * that day ({@link Anchor#CMR_TOTAL_LOSS}; the day itself counts, as the complete-delay default of
   * §8 EX-09) is {@linkplain io.parcelclaims.policy.Timeliness#TOO_EARLY too early}. A loss the
   * investigation found is not held back.
   *
   * @return the time bar
   */
  public static TimeBar cmrPresumedLoss() {
    return new LossWaitingPeriod(
        PolicyId.of("cmr.art20.presumed-loss", "1956"),
        "explain.timebar.cmr-presumed-loss",
        (shipment, zone) -> java.util.Optional.of(Anchor.cmrPresumedLoss(shipment, zone)));
  }

  /**
   * Too early for a loss claim before an undelivered parcel may be treated as lost after a
   * complete delay (GB/T 27917, docs/claim-types.md and docs/worked-examples.md EX-09), with the limits of {@link
   * CompleteDelay#of}: rule {@code cn.gbt-27917.complete-delay.too-early}, version {@code 2011}.
   *
   * @return the time bar
   * @see #completeDelay(CompleteDelay)
   */
  public static TimeBar completeDelay() {
    return completeDelay(CompleteDelay.of(GbT27917.policy(), GbT27917.delay()));
  }

  /**
   * Too early for a loss claim reported before {@link CompleteDelay#mayBeTreatedAsLostFrom}, with
   * that policy's limits and boundary; the day itself is not too early. A loss the investigation
   * found, a delivered parcel and other claim types are not held back; with no promised time or no
   * known limit the time bar does not hold the claim back either (the investigation must then
   * establish the loss).
   *
   * @param policy the complete-delay policy whose limits apply
   * @return the time bar
   */
  public static TimeBar completeDelay(CompleteDelay policy) {
    Objects.requireNonNull(policy, "policy");
    return new LossWaitingPeriod(
        PolicyId.of(CompleteDelay.ID + ".too-early", CompleteDelay.VERSION),
        "explain.timebar.complete-delay",
        policy::mayBeTreatedAsLostFrom);
  }

  /**
   * UPS (US) notice clause (docs/carriers.md and docs/time-bars-and-calendars.md, [S] [30]): rule {@code carrier.ups.notice},
   * version {@code 30.2026-11}: notice within <b>60 days</b> after delivery or scheduled delivery.
   * {@link Carmack#checkFiling} flags it: it is shorter than Carmack's 9 months.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows upsNotice(BusinessCalendar calendar) {
    return ClaimWindows.builder("carrier.ups.notice", "30." + CUT_OFF, calendar)
        .reason(DenialReason.TIME_BARRED_NOTICE)
        .actedOn(ActedOn.WRITTEN_NOTICE)
        .window(Window.of("carrier.ups.notice.all-claims", always(), Anchor.DELIVERY_OR_PROMISED, CalendarPeriod.calendarDays(60), "explain.timebar.ups-notice", "UPS Service Guide 2019 [S] [30]"))
        .build();
  }

  /**
   * UPS (US) filing window (docs/carriers.md and docs/time-bars-and-calendars.md, [S] [30]): rule {@code carrier.ups.filing},
   * version {@code 30.2026-11}: claims filed within <b>9 months</b> after delivery (scheduled
   * delivery for a parcel not delivered).
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows upsFiling(BusinessCalendar calendar) {
    return ClaimWindows.builder("carrier.ups.filing", "30." + CUT_OFF, calendar)
        .window(Window.of("carrier.ups.filing.all-claims", always(), Anchor.DELIVERY_OR_PROMISED, CalendarPeriod.months(9), "explain.timebar.ups-filing", "UPS Service Guide 2019 [S] [30]"))
        .build();
  }

  /**
   * FedEx US Express (docs/carriers.md and docs/time-bars-and-calendars.md, [S] [31]): rule {@code carrier.fedex.us-express.claim-window},
   * version {@code 31.2026-11}: non-delivery (a loss claim) within <b>9 months</b> after tender;
   * damage, delay and shortage within <b>60 days</b> after delivery.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static ClaimWindows fedexUsExpress(BusinessCalendar calendar) {
    String source = "FedEx US Express terms [S] [31]";
    return ClaimWindows.builder("carrier.fedex.us-express.claim-window", "31." + CUT_OFF, calendar)
        .window(Window.of("carrier.fedex.us-express.non-delivery", claimType(ClaimType.LOSS), Anchor.ACCEPTANCE, CalendarPeriod.months(9), "explain.timebar.fedex-non-delivery", source))
        .window(Window.of("carrier.fedex.us-express.delivered", always(), Anchor.DELIVERY, CalendarPeriod.calendarDays(60), "explain.timebar.fedex-delivered", source))
        .build();
  }
}
