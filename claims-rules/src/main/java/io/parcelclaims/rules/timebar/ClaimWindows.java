package io.parcelclaims.rules.timebar;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.policy.TimeBarAnswer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A time bar as data: a list of {@link Window}s, the first whose condition holds deciding, over a
 * {@link BusinessCalendar}.
 *
 * <p>For a claim, the first window that applies runs from its {@link Anchor} day (not counted,
 * Civil Code Art. 201) for its length: calendar days, months and years end on the corresponding
 * day (Art. 202) and then move by the {@linkplain #shift() holiday shift} (Art. 203; {@link
 * HolidayShift#AFTER_HOLIDAY} unless set, the suggested default for limitation periods of
 * docs/worked-examples.md EX-15); working days and excepted days are counted on the calendar and do not move. The
 * claimant's act ({@link ActedOn}) on or before the last day is {@linkplain TimeBarAnswer#inTime in
 * time}, after it {@linkplain TimeBarAnswer#barred barred} with the bar's reason. When no window
 * applies, or the anchor day has not happened (an undelivered parcel), the answer is in time with
 * no last day. Instants become dates in the context's zone.
 *
 * <p>The answer's step names the bar ({@code explain.timebar.claim-in-time}, {@code claim-barred},
 * {@code notice-in-time} or {@code notice-late}, with the day the claimant acted and the last day)
 * and beneath it the window's own step. An answer whose window runs through a provisional year of
 * the calendar (docs/time-bars-and-calendars.md, rev. 2026-12) is {@linkplain TimeBarAnswer#provisional() marked
 * provisional}, and its step says so ({@code explain.provisional-calendar}, with the years and the
 * last day). Immutable and thread-safe when its windows' conditions are.
 *
 * @since 0.1.0
 */
public final class ClaimWindows implements TimeBar {
  private final PolicyId id;
  private final BusinessCalendar calendar;
  private final HolidayShift shift;
  private final DenialReason reason;
  private final ActedOn actedOn;
  private final List<Window> windows;

  private ClaimWindows(
      PolicyId id, BusinessCalendar calendar, HolidayShift shift, DenialReason reason, ActedOn actedOn, List<Window> windows) {
    this.id = id;
    this.calendar = calendar;
    this.shift = shift;
    this.reason = reason;
    this.actedOn = actedOn;
    this.windows = List.copyOf(windows);
  }

  /**
   * Starts a time bar.
   *
   * @param id the bar's rule id, lowercase and dotted
   * @param version its version
   * @param calendar the calendar the periods are counted on
   * @return a builder: reason {@link DenialReason#TIME_BARRED}, measuring the {@linkplain
   *     ActedOn#REPORT report}, shifting {@link HolidayShift#AFTER_HOLIDAY}, no windows yet
   * @throws io.parcelclaims.value.InvalidValueException if the id or version is malformed
   */
  public static Builder builder(String id, String version, BusinessCalendar calendar) {
    return new Builder(PolicyId.of(id, version), calendar);
  }

  @Override
  public PolicyId id() {
    return id;
  }

  /** {@return the windows, in the order they are tried} */
  public List<Window> windows() {
    return windows;
  }

  /** {@return how a last day that is a day off moves} */
  public HolidayShift shift() {
    return shift;
  }

  /** {@return the reason a barred claim is denied with} */
  public DenialReason reason() {
    return reason;
  }

  /** {@return which act of the claimant is measured} */
  public ActedOn actedOn() {
    return actedOn;
  }

  /** {@return the calendar the periods are counted on} */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * This time bar with another holiday shift (docs/reading.md: whether Art. 203 applies is a
   * parameter).
   *
   * @param other the shift
   * @return a copy
   */
  public ClaimWindows withShift(HolidayShift other) {
    return new ClaimWindows(id, calendar, Objects.requireNonNull(other, "other"), reason, actedOn, windows);
  }

  /**
   * This time bar counted on another calendar, for example next year's.
   *
   * @param other the calendar
   * @return a copy
   */
  public ClaimWindows withCalendar(BusinessCalendar other) {
    return new ClaimWindows(id, Objects.requireNonNull(other, "other"), shift, reason, actedOn, windows);
  }

  /**
   * The window that applies to a claim.
   *
   * @param claim the claim
   * @param context its context
   * @return the first window whose condition holds, or empty
   */
  public Optional<Window> windowFor(Claim claim, AssessmentContext context) {
    return windows.stream().filter(w -> w.when().test(claim, context)).findFirst();
  }

  /**
   * The last day of a window that runs from a day.
   *
   * @param window the window
   * @param from the day it runs from, itself not counted
   * @return its last day
   * @throws io.parcelclaims.calendar.DateOutsideCalendarException if the calendar does not cover a
   *     day needed
   */
  public LocalDate lastDay(Window window, LocalDate from) {
    int n = window.length().amount();
    if (window.sundaysAndHolidaysExcepted()) {
      LocalDate day = from;
      for (int left = n; left > 0; ) {
        day = day.plusDays(1);
        if (day.getDayOfWeek() != DayOfWeek.SUNDAY && !calendar.isOffDay(day)) {
          left--;
        }
      }
      return day;
    }
    LocalDate nominal =
        switch (window.length().unit()) {
          case CALENDAR_DAYS -> from.plusDays(n);
          case MONTHS -> from.plusMonths(n);
          case YEARS -> from.plusYears(n);
          case WORKING_DAYS, HOURS -> null;
        };
    if (nominal == null) {
      return window.length().lastDay(from, calendar, shift);
    }
    // the calendar is needed only to move the last day; without a shift it may lie outside it
    return shift == HolidayShift.NONE ? nominal : calendar.shift(nominal, shift);
  }

  @Override
  public TimeBarAnswer check(Claim claim, AssessmentContext context) {
    Objects.requireNonNull(claim, "claim");
    ZoneId zone = context.zone();
    Optional<Window> found = windowFor(claim, context);
    if (found.isEmpty()) {
      return TimeBarAnswer.notLimited(step(id, "explain.timebar.no-window").build());
    }
    Window window = found.get();
    PolicyId windowId = PolicyId.of(window.id(), id.version());
    Optional<LocalDate> from = window.from().dateOf(claim, zone);
    if (from.isEmpty()) {
      return TimeBarAnswer.notLimited(
          step(id, "explain.timebar.not-started")
              .addChildren(step(windowId, "explain.timebar.anchor-" + anchorKey(window.from())).build())
              .build());
    }
    LocalDate last = lastDay(window, from.get());
    LocalDate acted = actedOn.dateOf(claim, zone);
    ExplanationStep windowStep =
        step(
                windowId,
                window.messageKey(),
                MessageArg.days(window.length().amount()),
                MessageArg.date(from.get()),
                MessageArg.date(last))
            .build();
    boolean inTime = !acted.isAfter(last);
    String prefix = actedOn == ActedOn.REPORT ? "explain.timebar.claim-" : "explain.timebar.notice-";
    String verdict = inTime ? "in-time" : (actedOn == ActedOn.REPORT ? "barred" : "late");
    ExplanationStep.Builder top = step(id, prefix + verdict, MessageArg.date(acted), MessageArg.date(last));
    if (!inTime) {
      top.addArguments(MessageArg.code(reason.code()));
    }
    top.addChildren(windowStep);
    // counted through a year known only by its festival days: the year's notice may move the day
    boolean provisional = calendar.isProvisionalBetween(from.get(), last);
    if (provisional) {
      top.addChildren(provisionalStep(from.get(), last));
    }
    ExplanationStep s = top.build();
    TimeBarAnswer answer = inTime ? TimeBarAnswer.inTime(last, s) : TimeBarAnswer.barred(last, reason, s);
    return answer.withProvisional(provisional);
  }

  private ExplanationStep provisionalStep(LocalDate from, LocalDate last) {
    String years =
        calendar.provisionalYears().subSet(Year.from(from), true, Year.from(last), true).stream()
            .map(Year::toString)
            .collect(Collectors.joining(", "));
    return step(id, "explain.provisional-calendar", MessageArg.code(years), MessageArg.date(last))
        .build();
  }

  private static String anchorKey(Anchor anchor) {
    return anchor.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static ExplanationStep.Builder step(PolicyId rule, String key, MessageArg... args) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(rule).messageKey(key).addArguments(args);
  }

  @Override
  public String toString() {
    return "ClaimWindows[" + id + ", " + windows.size() + " windows, " + actedOn + ", " + shift + ", " + reason + "]";
  }

  /** Collects the parts of a {@link ClaimWindows}; use once. */
  public static final class Builder {
    private final PolicyId id;
    private final BusinessCalendar calendar;
    private HolidayShift shift = HolidayShift.AFTER_HOLIDAY;
    private DenialReason reason = DenialReason.TIME_BARRED;
    private ActedOn actedOn = ActedOn.REPORT;
    private final List<Window> windows = new ArrayList<>();

    private Builder(PolicyId id, BusinessCalendar calendar) {
      this.id = id;
      this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Sets how a last day that is a day off moves.
     *
     * @param value the shift
     * @return this builder
     */
    public Builder shift(HolidayShift value) {
      shift = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the reason a barred claim is denied with.
     *
     * @param value the reason, such as {@link DenialReason#TIME_BARRED_NOTICE} for a notice period
     * @return this builder
     */
    public Builder reason(DenialReason value) {
      reason = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets which act of the claimant is measured.
     *
     * @param value the act
     * @return this builder
     */
    public Builder actedOn(ActedOn value) {
      actedOn = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds a window, tried after those added before.
     *
     * @param window the window
     * @return this builder
     */
    public Builder window(Window window) {
      windows.add(Objects.requireNonNull(window, "window"));
      return this;
    }

    /** {@return the time bar} */
    public ClaimWindows build() {
      return new ClaimWindows(id, calendar, shift, reason, actedOn, windows);
    }
  }
}
