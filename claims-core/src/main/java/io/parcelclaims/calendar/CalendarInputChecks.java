package io.parcelclaims.calendar;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.value.InvalidValueException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/** The content rules of a {@link BusinessCalendar.Builder}'s input, reported all at once. */
final class CalendarInputChecks {
  private final Checks checks;
  private final Year firstYear;
  private final Year lastYear;
  private final List<DaySpan> offDays;
  private final List<LocalDate> makeUpWorkingDays;

  CalendarInputChecks(
      ZoneId zone,
      Year firstYear,
      Year lastYear,
      List<DaySpan> offDays,
      List<LocalDate> makeUpWorkingDays,
      List<Year> provisionalYears) {
    this(new Checks(), firstYear, lastYear, offDays, makeUpWorkingDays);
    required("zone", zone);
    required("firstYear", firstYear);
    required("lastYear", lastYear);
    checkYearOrder();
    checkOffDays();
    checkMakeUpWorkingDays();
    checkProvisionalYears(provisionalYears);
  }

  private CalendarInputChecks(
      Checks checks,
      Year firstYear,
      Year lastYear,
      List<DaySpan> offDays,
      List<LocalDate> makeUpWorkingDays) {
    this.checks = checks;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.offDays = offDays;
    this.makeUpWorkingDays = makeUpWorkingDays;
  }

  /** Records into {@code checks} every violation of one year's entries. */
  static void checkArrangement(
      Checks checks, Year year, List<DaySpan> offDays, List<LocalDate> makeUpWorkingDays) {
    CalendarInputChecks entries =
        new CalendarInputChecks(checks, year, year, offDays, makeUpWorkingDays);
    entries.checkOffDays();
    entries.checkMakeUpWorkingDays();
  }

  void throwIfAny() {
    checks.throwIfAny();
  }

  private void checkProvisionalYears(List<Year> years) {
    for (int i = 0; i < years.size(); i++) {
      Year year = years.get(i);
      if (yearsAreKnown() && (year.isBefore(firstYear) || year.isAfter(lastYear))) {
        checks.add(
            "provisionalYears[" + i + "]",
            "calendar.date-outside-years",
            "must lie within the covered years " + firstYear + " to " + lastYear
                + " (was " + year + ")",
            year,
            firstYear,
            lastYear);
      }
    }
  }

  private void required(String path, Object value) {
    if (value == null) {
      checks.add(path, InvalidValueException.MISSING, "is required");
    }
  }

  private void checkYearOrder() {
    if (firstYear != null && lastYear != null && lastYear.isBefore(firstYear)) {
      checks.add(
          "lastYear",
          "calendar.last-year-before-first-year",
          "must not be before firstYear " + firstYear + " (was " + lastYear + ")",
          lastYear,
          firstYear);
    }
  }

  private void checkOffDays() {
    for (int i = 0; i < offDays.size(); i++) {
      DaySpan span = offDays.get(i);
      String path = "offDays[" + i + "]";
      if (span.isReversed()) {
        checks.add(
            path,
            "calendar.span-reversed",
            "must not end before it starts (was " + span.first() + " to " + span.last() + ")",
            span.first(),
            span.last());
      } else {
        checkCovered(path, span);
      }
    }
  }

  private void checkMakeUpWorkingDays() {
    for (int i = 0; i < makeUpWorkingDays.size(); i++) {
      LocalDate date = makeUpWorkingDays.get(i);
      String path = "makeUpWorkingDays[" + i + "]";
      checkCovered(path, new DaySpan(date, date));
      checkNotOff(path, date);
    }
  }

  private void checkCovered(String path, DaySpan span) {
    if (yearsAreKnown() && !span.liesWithin(firstYear, lastYear)) {
      checks.add(
          path,
          "calendar.date-outside-years",
          "must lie within the covered years " + firstYear + " to " + lastYear
              + " (was " + span + ")",
          span,
          firstYear,
          lastYear);
    }
  }

  private void checkNotOff(String path, LocalDate date) {
    for (int j = 0; j < offDays.size(); j++) {
      if (offDays.get(j).contains(date)) {
        checks.add(
            path,
            "calendar.make-up-day-is-off-day",
            "must not also be an off day (" + date + " is in offDays[" + j + "])",
            date,
            "offDays[" + j + "]");
        return;
      }
    }
  }

  // Without a valid year range there is nothing to check dates against; its own violation says why.
  private boolean yearsAreKnown() {
    return firstYear != null && lastYear != null && !lastYear.isBefore(firstYear);
  }
}
