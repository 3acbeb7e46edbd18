package io.parcelclaims.rules.timebar;

import static io.parcelclaims.policy.Policies.always;
import static io.parcelclaims.policy.Policies.scope;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.policy.TimeBarAnswer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The China Post inquiry period of the Postal Law (邮政法 Art. 49, docs/postal-law.md and docs/time-bars-and-calendars.md, [V] [3];
 * §8 EX-12 calls it {@code CN-POSTAL-LAW-49}): rule {@code cn.postal-law.art49}, version {@code
 * 2015}.
 *
 * <ul>
 *   <li>The sender inquires within <b>1 year</b> of posting for a domestic item, <b>180 days</b> for
 *       an international one ({@link ServiceScope#INTERNATIONAL}); with no inquiry and no claim in
 *       that period China Post is not liable: the claim is barred with {@link
 *       io.parcelclaims.claim.DenialReason#TIME_BARRED}.
 *   <li>China Post answers within <b>30 days</b> of the inquiry, <b>60 days</b> for international
 *       items and remote areas ({@link #answerBy}); not found by then, it compensates under Art. 47
 *       ({@link io.parcelclaims.rules.cn.PostalLaw}).
 * </ul>
 *
 * <p>The inquiry is the claim's report; periods count as {@link ClaimWindows} does (start day not
 * counted, a year ends on the corresponding day, Civil Code Art. 201–202). Items to or from Hong
 * Kong, Macao and Taiwan count as domestic here: docs/postal-law.md does not say how Art. 49 treats them. An
 * in-time answer's step carries the answer-by day beneath the window. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PostalInquiry implements TimeBar {
  /** The rule id. */
  public static final String ID = "cn.postal-law.art49";

  /** The version: the 2015 amendment of the Postal Law. */
  public static final String VERSION = "2015";

  /** Inquiry period for a domestic item: 1 year from posting (Art. 49, [V]). */
  public static final CalendarPeriod DOMESTIC_PERIOD = CalendarPeriod.years(1);

  /** Inquiry period for an international item: 180 days from posting (Art. 49, [V]). */
  public static final CalendarPeriod INTERNATIONAL_PERIOD = CalendarPeriod.calendarDays(180);

  /** Days China Post has to answer an inquiry (Art. 49, [V]). */
  public static final int ANSWER_DAYS = 30;

  /** Days China Post has to answer for an international item or a remote area (Art. 49, [V]). */
  public static final int ANSWER_DAYS_INTERNATIONAL_OR_REMOTE = 60;

  private final ClaimWindows windows;
  private final Condition longAnswer;

  private PostalInquiry(ClaimWindows windows, Condition longAnswer) {
    this.windows = windows;
    this.longAnswer = longAnswer;
  }

  /**
   * The inquiry period over a calendar, shifting a last day that is a listed off day past the
   * holiday (Civil Code Art. 203), with no remote areas.
   *
   * @param calendar the calendar
   * @return the time bar
   */
  public static PostalInquiry of(BusinessCalendar calendar) {
    return of(calendar, HolidayShift.AFTER_HOLIDAY, Policies.condition("remote-area", (c, x) -> false));
  }

  /**
   * The inquiry period with the carrier's holiday shift and its own test for remote areas.
   *
   * @param calendar the calendar
   * @param shift how a last day that is a day off moves
   * @param remoteArea whether an item goes to or from a remote area (60 days to answer)
   * @return the time bar
   */
  public static PostalInquiry of(BusinessCalendar calendar, HolidayShift shift, Condition remoteArea) {
    Objects.requireNonNull(remoteArea, "remoteArea");
    Condition international = scope(ServiceScope.INTERNATIONAL);
    ClaimWindows windows =
        ClaimWindows.builder(ID, VERSION, calendar)
            .shift(shift)
            .window(
                Window.of(
                    ID + ".international",
                    international,
                    Anchor.ACCEPTANCE,
                    INTERNATIONAL_PERIOD,
                    "explain.timebar.postal-inquiry-international",
                    "邮政法 Art. 49 [V] [3]"))
            .window(
                Window.of(
                    ID + ".domestic",
                    always(),
                    Anchor.ACCEPTANCE,
                    DOMESTIC_PERIOD,
                    "explain.timebar.postal-inquiry-domestic",
                    "邮政法 Art. 49 [V] [3]"))
            .build();
    return new PostalInquiry(windows, international.or(remoteArea));
  }

  @Override
  public PolicyId id() {
    return windows.id();
  }

  /** {@return the inquiry windows} */
  public ClaimWindows windows() {
    return windows;
  }

  /**
   * The day by which China Post must answer an inquiry: 30 days after the claim's report, 60 for an
   * international item or a remote area, moved by the holiday shift.
   *
   * @param claim the claim (the inquiry)
   * @param context its context
   * @return the last day to answer
   */
  public LocalDate answerBy(Claim claim, AssessmentContext context) {
    LocalDate inquiry = ActedOn.REPORT.dateOf(claim, context.zone());
    return windows.lastDay(answerWindow(claim, context), inquiry);
  }

  @Override
  public TimeBarAnswer check(Claim claim, AssessmentContext context) {
    TimeBarAnswer answer = windows.check(claim, context);
    if (answer.isBarred() || answer.date().isEmpty()) {
      return answer;
    }
    Window answerWindow = answerWindow(claim, context);
    LocalDate inquiry = ActedOn.REPORT.dateOf(claim, context.zone());
    ExplanationStep answerStep =
        ClaimWindows.step(
                PolicyId.of(answerWindow.id(), VERSION),
                answerWindow.messageKey(),
                MessageArg.days(answerWindow.length().amount()),
                MessageArg.date(inquiry),
                MessageArg.date(windows.lastDay(answerWindow, inquiry)))
            .build();
    ExplanationStep top = answer.step();
    ExplanationStep.Builder b = ExplanationStep.builder();
    b.rule(top.rule()).messageKey(top.messageKey()).addAllArguments(top.arguments()).addAllChildren(top.children());
    LocalDate answerBy = windows.lastDay(answerWindow, inquiry);
    return TimeBarAnswer.inTime(answer.date().get(), b.addChildren(answerStep).build())
        .withProvisional(
            answer.provisional() || windows.calendar().isProvisionalBetween(inquiry, answerBy));
  }

  private Window answerWindow(Claim claim, AssessmentContext context) {
    int days = longAnswer.test(claim, context) ? ANSWER_DAYS_INTERNATIONAL_OR_REMOTE : ANSWER_DAYS;
    // counted from the inquiry, which lastDay is given; the anchor is not read
    return Window.of(
        ID + ".answer",
        always(),
        Anchor.ACCEPTANCE,
        CalendarPeriod.calendarDays(days),
        "explain.timebar.postal-inquiry-answer-by",
        "邮政法 Art. 49 [V] [3]");
  }

  @Override
  public String toString() {
    return "PostalInquiry[" + windows + "]";
  }
}
