package io.parcelclaims.rules.timebar;

import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.PeriodUnit;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Carmack's minimum windows as a check on a carrier's own (docs/conventions.md, 49 U.S.C. 14706(e)(1),
 * [S] [37]): a motor carrier may not allow <b>less than 9 months</b> to file a claim, nor <b>less
 * than 2 years</b> to sue (counted from the written disallowance). A notice clause that must be met
 * before a claim can succeed is a filing window for this check: UPS's 60-day notice clause is said
 * to breach the 9-month minimum (docs/conventions.md, [S] [30]).
 *
 * <p>Rule {@code us.carmack.minimums}, version {@code 14706e}. A window meets a minimum when it is
 * at least as long from every start day: months and years compare by months; otherwise a window's
 * shortest length in days must reach the minimum's longest (9 months last at most 276 days, so 275
 * days are flagged and 276 are not). A window in working days or hours reaches at least its count
 * in days (working days) or whole days (hours). This class holds functions only and is not
 * instantiable.
 *
 * @since 0.1.0
 */
public final class Carmack {
  /** The rule id. */
  public static final String ID = "us.carmack.minimums";

  /** The version: 49 U.S.C. 14706(e). */
  public static final String VERSION = "14706e";

  /** The shortest time a carrier may allow to file a claim: 9 months. */
  public static final CalendarPeriod FILING_MINIMUM = CalendarPeriod.months(9);

  /** The shortest time a carrier may allow to sue, from the written disallowance: 2 years. */
  public static final CalendarPeriod SUIT_MINIMUM = CalendarPeriod.years(2);

  // a leap-year cycle of start days: enough to find every month-length combination
  private static final LocalDate CYCLE_START = LocalDate.of(2001, 1, 1);
  private static final LocalDate CYCLE_END = LocalDate.of(2005, 1, 1);

  private Carmack() {}

  /**
   * Checks every window of a carrier's time bar against the filing minimum.
   *
   * @param bar the carrier's time bar
   * @return one check per window, in order
   */
  public static List<WindowCheck> checkFiling(ClaimWindows bar) {
    return bar.windows().stream().map(w -> checkFiling(w.id(), w.length())).toList();
  }

  /**
   * Checks a window to file a claim (or to give a notice a claim depends on) against 9 months.
   *
   * @param window the window's id
   * @param length its length
   * @return the check
   */
  public static WindowCheck checkFiling(String window, CalendarPeriod length) {
    return check("filing", window, length, FILING_MINIMUM);
  }

  /**
   * Checks a window to sue, from the written disallowance, against 2 years.
   *
   * @param window the window's id
   * @param length its length
   * @return the check
   */
  public static WindowCheck checkSuit(String window, CalendarPeriod length) {
    return check("suit", window, length, SUIT_MINIMUM);
  }

  /**
   * Whether a period is at least a minimum whatever day it starts on.
   *
   * @param period the period
   * @param minimum the minimum
   * @return true if {@code period} never ends before {@code minimum} would
   */
  public static boolean atLeast(CalendarPeriod period, CalendarPeriod minimum) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(minimum, "minimum");
    if (inMonths(period) && inMonths(minimum)) {
      return months(period) >= months(minimum);
    }
    return shortestDays(period) >= longestDays(minimum);
  }

  private static WindowCheck check(String kind, String window, CalendarPeriod length, CalendarPeriod minimum) {
    Objects.requireNonNull(window, "window");
    boolean ok = atLeast(length, minimum);
    ExplanationStep.Builder b = ExplanationStep.builder();
    b.rule(PolicyId.of(ID + "." + kind, VERSION))
        .messageKey("explain.timebar.carmack-" + kind + (ok ? "-ok" : "-short"))
        .addArguments(MessageArg.code(window))
        .addChildren(lengthStep(length));
    return new WindowCheck(window, length, minimum, ok, b.build());
  }

  private static ExplanationStep lengthStep(CalendarPeriod length) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(PolicyId.of(ID, VERSION))
        .messageKey("explain.timebar.length-" + length.unit().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .addArguments(MessageArg.days(length.amount()))
        .build();
  }

  private static boolean inMonths(CalendarPeriod p) {
    return p.unit() == PeriodUnit.MONTHS || p.unit() == PeriodUnit.YEARS;
  }

  private static long months(CalendarPeriod p) {
    return p.unit() == PeriodUnit.YEARS ? 12L * p.amount() : p.amount();
  }

  private static long shortestDays(CalendarPeriod p) {
    return switch (p.unit()) {
      case CALENDAR_DAYS, WORKING_DAYS -> p.amount();
      case HOURS -> p.amount() / 24;
      case MONTHS, YEARS -> span(p, true);
    };
  }

  private static long longestDays(CalendarPeriod p) {
    return switch (p.unit()) {
      case CALENDAR_DAYS -> p.amount();
      case HOURS -> (p.amount() + 23) / 24;
      // working days have no upper bound in calendar days without a calendar
      case WORKING_DAYS -> Long.MAX_VALUE;
      case MONTHS, YEARS -> span(p, false);
    };
  }

  private static long span(CalendarPeriod p, boolean shortest) {
    long best = shortest ? Long.MAX_VALUE : 0;
    for (LocalDate d = CYCLE_START; d.isBefore(CYCLE_END); d = d.plusDays(1)) {
      long n = ChronoUnit.DAYS.between(d, d.plusMonths(months(p)));
      best = shortest ? Math.min(best, n) : Math.max(best, n);
    }
    return best;
  }
}
