package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One family of policy versions whose periods follow each other without gap or overlap, and the
 * date function that picks the version governing a claim.
 *
 * <p>Periods are half-open, {@code [from, until)}; each version's {@code until} is the next one's
 * {@code from}, and only the last may be open-ended.
 *
 * <p>A catalogue is itself a {@link CompensationPolicy} (since 0.3.0): {@link #assess(Claim,
 * AssessmentContext)} runs the version in force on the context's governing date, and {@link
 * #assess(Claim, ZoneId, AssessmentInputs)} derives that date from the claim with the catalogue's
 * {@linkplain #governingDate() date function}, so a caller neither picks the version nor sets the
 * date by hand. The assessment names the version that decided ({@link Assessment#policy()}).
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolicyCatalogue implements CompensationPolicy {
  /** The version of a catalogue's own {@link #id()}: {@value}. */
  public static final String CATALOGUE_VERSION = "catalogue";

  private final String family;
  private final GoverningDate governingDate;
  private final List<CompensationPolicy> versions;

  private PolicyCatalogue(String family, GoverningDate governingDate, List<CompensationPolicy> versions) {
    this.family = family;
    this.governingDate = governingDate;
    this.versions = versions;
  }

  /**
   * A catalogue governed by the acceptance date.
   *
   * @param family the family's name
   * @param versions the versions, in any order
   * @return the catalogue
   * @throws InvalidValueException if periods overlap or leave a gap, or there is no version
   */
  public static PolicyCatalogue of(String family, List<? extends CompensationPolicy> versions) {
    return of(family, GoverningDate.ACCEPTANCE, versions);
  }

  /**
   * A catalogue with its own governing-date function.
   *
   * @param family the family's name
   * @param governingDate which date of a claim picks the version
   * @param versions the versions, in any order
   * @return the catalogue
   * @throws InvalidValueException if periods overlap or leave a gap, or there is no version
   */
  public static PolicyCatalogue of(
      String family, GoverningDate governingDate, List<? extends CompensationPolicy> versions) {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(governingDate, "governingDate");
    List<CompensationPolicy> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(p -> p.period().from()));
    List<Violation> problems = new ArrayList<>();
    if (sorted.isEmpty()) {
      problems.add(Violation.of("versions", "catalogue.empty", "must hold at least one version"));
    }
    for (int i = 0; i + 1 < sorted.size(); i++) {
      EffectivePeriod p = sorted.get(i).period();
      EffectivePeriod next = sorted.get(i + 1).period();
      String path = "versions[" + (i + 1) + "]";
      if (p.until().isEmpty() || p.until().get().isAfter(next.from())) {
        problems.add(
            Violation.of(path, "catalogue.overlap",
                sorted.get(i + 1).id() + " " + next + " overlaps " + sorted.get(i).id() + " " + p));
      } else if (p.until().get().isBefore(next.from())) {
        problems.add(
            Violation.of(path, "catalogue.gap",
                "leaves a gap from " + p.until().get() + " to " + next.from() + " after " + sorted.get(i).id()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    return new PolicyCatalogue(family, governingDate, List.copyOf(sorted));
  }

  /** {@return the family's name} */
  public String family() {
    return family;
  }

  /** {@return the versions, oldest first} */
  public List<CompensationPolicy> versions() {
    return versions;
  }

  /** {@return which date of a claim picks the version} */
  public GoverningDate governingDate() {
    return governingDate;
  }

  /**
   * The version in force on a date.
   *
   * @param date the date
   * @return the version, or empty when no version is in force that day
   */
  public Optional<CompensationPolicy> inForceOn(LocalDate date) {
    return versions.stream().filter(p -> p.period().contains(date)).findFirst();
  }

  /**
   * The version governing a claim.
   *
   * @param claim the claim
   * @param zone the zone in which the claim's instants become dates
   * @return the version, or empty when no version is in force on the claim's governing date
   */
  public Optional<CompensationPolicy> governing(Claim claim, ZoneId zone) {
    return inForceOn(governingDate.of(claim, zone));
  }

  /**
   * The catalogue's own id: the family, version {@value #CATALOGUE_VERSION}. An assessment names the
   * version that decided, never this id.
   *
   * @return {@code family@catalogue}
   * @throws io.parcelclaims.value.InvalidValueException if the family is not a valid policy id
   * @since 0.3.0
   */
  @Override
  public PolicyId id() {
    return PolicyId.of(family, CATALOGUE_VERSION);
  }

  /**
   * The span the versions cover, from the oldest version's first day to the newest version's end.
   *
   * @return the period
   * @since 0.3.0
   */
  @Override
  public EffectivePeriod period() {
    LocalDate from = versions.get(0).period().from();
    return versions.get(versions.size() - 1).period().until()
        .map(u -> EffectivePeriod.between(from, u))
        .orElseGet(() -> EffectivePeriod.from(from));
  }

  /**
   * Assesses a claim with the version in force on the context's governing date.
   *
   * @param claim the claim
   * @param context the context; its governing date picks the version
   * @return the version's assessment
   * @throws IllegalArgumentException if no version is in force on the context's governing date, or
   *     the version refuses the claim
   * @since 0.3.0
   */
  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    Objects.requireNonNull(claim, "claim");
    CompensationPolicy version = inForceOn(context.governingDate())
        .orElseThrow(() -> new IllegalArgumentException(
            "no version of " + family + " is in force on " + context.governingDate() + " (" + this + ")"));
    return version.assess(claim, context);
  }

  /**
   * Assesses a claim with the version that governs it, deriving the context's governing date with
   * {@link #governingDate()} in the given zone (for the default, the acceptance date in the zone of
   * the place of acceptance when the shipment records one, else in {@code zone}).
   *
   * @param claim the claim
   * @param zone the zone in which the claim's instants become dates
   * @param inputs the assessor's inputs (values, rates, defences, other facts)
   * @return the governing version's assessment
   * @throws IllegalArgumentException if no version governs the claim
   * @since 0.3.0
   */
  public Assessment assess(Claim claim, ZoneId zone, AssessmentInputs inputs) {
    Objects.requireNonNull(inputs, "inputs");
    AssessmentContext.Builder b = AssessmentContext.builder().inputs(inputs);
    b.governingDate(governingDate.of(claim, zone)).zone(zone);
    return assess(claim, b.build());
  }

  /**
   * A context builder for a claim with the governing date derived by {@link #governingDate()} and the
   * zone set: what {@link #assess(Claim, ZoneId, AssessmentInputs)} builds, for a caller who adds a
   * finding or root cause.
   *
   * @param claim the claim
   * @param zone the zone in which the claim's instants become dates
   * @return a builder with {@code governingDate} and {@code zone} set
   * @since 0.3.0
   */
  public AssessmentContext.Builder context(Claim claim, ZoneId zone) {
    AssessmentContext.Builder b = AssessmentContext.builder();
    b.governingDate(governingDate.of(claim, zone)).zone(zone);
    return b;
  }

  /** {@return the family and the span it covers} */
  @Override
  public String toString() {
    return "PolicyCatalogue[" + family + " from " + versions.get(0).period().from()
        + versions.get(versions.size() - 1).period().until().map(u -> " until " + u).orElse("") + "]";
  }
}
