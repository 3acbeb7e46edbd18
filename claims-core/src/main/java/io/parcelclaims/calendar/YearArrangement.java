package io.parcelclaims.calendar;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.value.InvalidValueException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One year's holiday arrangement as published by the authority that fixes it (in mainland China
 * the State Council's yearly notice, docs/time-bars-and-calendars.md): the runs of off days and the make-up working
 * days (调休上班) of that year.
 *
 * <p>A carrier supplies an arrangement as data when the notice appears, without a new SDK release:
 * built with {@link #builder(Year)} or read with {@link #parse(CharSequence)}, then laid over a
 * calendar with {@link BusinessCalendar#withArrangement(YearArrangement)}. The year it covers is
 * then known, no longer provisional. Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class YearArrangement {
  private final Year year;
  private final List<DaySpan> offDays;
  private final List<LocalDate> makeUpWorkingDays;
  private final String source;

  private YearArrangement(
      Year year, List<DaySpan> offDays, List<LocalDate> makeUpWorkingDays, String source) {
    this.year = year;
    this.offDays = List.copyOf(offDays);
    this.makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
    this.source = source;
  }

  /**
   * Starts an arrangement for a year.
   *
   * @param year the year the notice is for
   * @return a builder with no off days, no make-up working days and no source yet
   */
  public static Builder builder(Year year) {
    return new Builder(Objects.requireNonNull(year, "year"));
  }

  /**
   * Reads an arrangement from text, one entry a line.
   *
   * <p>The lines are {@code year 2027}, {@code source <text>} (both required, once each), {@code
   * off <first> [<last>]} for a day or a run of off days, both ends included, and {@code work
   * <date>} for a make-up working day; dates are ISO ({@code 2027-01-04}). Blank lines and lines
   * starting with {@code #} are ignored.
   *
   * @param text the arrangement's text
   * @return the arrangement
   * @throws InvalidValueException listing every malformed line as {@code lines[i]}, counted from 0,
   *     and every violation {@link Builder#build()} reports
   */
  public static YearArrangement parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Checks checks = new Checks();
    Year year = null;
    String source = null;
    List<DaySpan> off = new ArrayList<>();
    List<LocalDate> work = new ArrayList<>();
    String[] lines = text.toString().split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split("\\s+");
      String rest = line.substring(words[0].length()).strip();
      String path = "lines[" + i + "]";
      switch (words[0]) {
        case "year" -> {
          if (year != null) {
            checks.add(path, "calendar.arrangement-repeated", "repeats the year", rest);
          } else {
            try {
              year = Year.of(Integer.parseInt(rest));
            } catch (NumberFormatException e) {
              checks.add(path, "value.malformed", "must be a year (was \"" + rest + "\")", rest);
            }
          }
        }
        case "source" -> {
          if (source != null) {
            checks.add(path, "calendar.arrangement-repeated", "repeats the source", rest);
          } else {
            source = rest;
          }
        }
        case "off", "work" -> dates(checks, path, words, off, work);
        default ->
            checks.add(
                path,
                "value.malformed",
                "must start with year, source, off or work (was \"" + line + "\")",
                line);
      }
    }
    if (year == null) {
      checks.add("year", InvalidValueException.MISSING, "is required");
    }
    if (source == null) {
      checks.add("source", InvalidValueException.MISSING, "is required");
    }
    checks.throwIfAny();
    Builder builder = new Builder(year);
    off.forEach(span -> builder.offDays(span.first(), span.last()));
    work.forEach(builder::makeUpWorkingDay);
    return builder.source(source).build();
  }

  private static void dates(
      Checks checks, String path, String[] words, List<DaySpan> off, List<LocalDate> work) {
    boolean isOff = words[0].equals("off");
    int dates = words.length - 1;
    String entry = String.join(" ", words);
    if (dates < 1 || dates > (isOff ? 2 : 1)) {
      checks.add(
          path,
          "value.malformed",
          (isOff ? "must give one or two dates" : "must give one date") + " (was \"" + entry + "\")",
          entry);
      return;
    }
    try {
      LocalDate first = LocalDate.parse(words[1]);
      if (isOff) {
        off.add(new DaySpan(first, dates == 2 ? LocalDate.parse(words[2]) : first));
      } else {
        work.add(first);
      }
    } catch (DateTimeParseException e) {
      checks.add(path, "value.malformed", "must give ISO dates (was \"" + entry + "\")", entry);
    }
  }

  /** {@return the year the arrangement is for} */
  public Year year() {
    return year;
  }

  /** {@return every off day of the year, each run expanded, in date order without repeats} */
  public List<LocalDate> offDays() {
    return offDays.stream()
        .flatMap(DaySpan::dates)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  /** {@return the make-up working days, in date order without repeats} */
  public List<LocalDate> makeUpWorkingDays() {
    return new TreeSet<>(makeUpWorkingDays).stream().toList();
  }

  /** {@return where the arrangement comes from, for audits (for example the notice's title)} */
  public String source() {
    return source;
  }

  List<DaySpan> offDaySpans() {
    return offDays;
  }

  /**
   * Whether {@code other} is an arrangement for the same year with the same off days, make-up
   * working days and source.
   *
   * @param other any object
   * @return true for an equal arrangement
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof YearArrangement that
        && year.equals(that.year)
        && offDays().equals(that.offDays())
        && makeUpWorkingDays().equals(that.makeUpWorkingDays())
        && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, offDays(), makeUpWorkingDays(), source);
  }

  /** {@return the year, the number of off and make-up days and the source} */
  @Override
  public String toString() {
    return "YearArrangement[" + year + ", offDays=" + offDays().size()
        + ", makeUpWorkingDays=" + makeUpWorkingDays().size() + ", source=" + source + "]";
  }

  /**
   * Collects the entries of a {@link YearArrangement}; use once.
   *
   * <p>A violation names an entry by its position among the calls of its kind, counted from 0
   * ({@code offDays[1]}, {@code makeUpWorkingDays[0]}). Not thread-safe.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final Year year;
    private final List<DaySpan> offDays = new ArrayList<>();
    private final List<LocalDate> makeUpWorkingDays = new ArrayList<>();
    private String source;

    private Builder(Year year) {
      this.year = year;
    }

    /**
     * Adds a run of off days, both ends included, weekends inside the run included.
     *
     * @param first the first day off
     * @param last the last day off, not before {@code first}, in the arrangement's year
     * @return this builder
     */
    public Builder offDays(LocalDate first, LocalDate last) {
      offDays.add(
          new DaySpan(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last")));
      return this;
    }

    /**
     * Adds one off day.
     *
     * @param date a day off in the arrangement's year
     * @return this builder
     */
    public Builder offDay(LocalDate date) {
      return offDays(date, date);
    }

    /**
     * Adds a make-up working day (调休上班): a working day even when it falls on a weekend.
     *
     * @param date a day in the arrangement's year that is not also an off day
     * @return this builder
     */
    public Builder makeUpWorkingDay(LocalDate date) {
      makeUpWorkingDays.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Sets where the arrangement comes from; required.
     *
     * @param text the source, such as the notice's title and date
     * @return this builder
     */
    public Builder source(String text) {
      source = text;
      return this;
    }

    /**
     * Builds the arrangement.
     *
     * @return the arrangement
     * @throws InvalidValueException listing every violation: a missing or blank source, a run that
     *     ends before it starts, an entry outside the year, or a make-up working day that is also
     *     an off day
     */
    public YearArrangement build() {
      Checks checks = new Checks();
      if (source == null) {
        checks.add("source", InvalidValueException.MISSING, "is required");
      }
      checks.notBlank("source", source);
      CalendarInputChecks.checkArrangement(checks, year, offDays, makeUpWorkingDays);
      checks.throwIfAny();
      return new YearArrangement(year, offDays, makeUpWorkingDays, source);
    }
  }
}
