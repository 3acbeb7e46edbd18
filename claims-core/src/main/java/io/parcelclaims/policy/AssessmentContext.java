package io.parcelclaims.policy;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.internal.ClaimsStyle;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a policy needs that is not in the claim: the governing date, the zone, the investigation's
 * finding and root cause, and the assessor's {@linkplain AssessmentInputs inputs} (values
 * established from reviewed evidence, rates with their dates, defences and other facts).
 *
 * <p>The proved value and the assessed loss come from reviewed evidence and the assessor's finding,
 * never from the amount claimed. Build one with {@link #builder()}; {@link Builder#inputs(AssessmentInputs)}
 * starts the builder from existing inputs (the workflow does so). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClaimsStyle
public abstract class AssessmentContext implements InputFacts {
  AssessmentContext() {}

  /** {@return the date that selects the policy version; by default the acceptance date} */
  public abstract LocalDate governingDate();

  /** {@return the zone in which instants of the claim become dates} */
  public abstract ZoneId zone();

  /** {@return what the investigation concluded, once it has} */
  public abstract Optional<InvestigationFinding> finding();

  /**
   * The investigation's root cause, once it concluded (docs/process.md, step 3). A cause that is a
   * defence ({@link RootCause#defence()}) counts among the {@linkplain #establishedDefences()
   * established defences}.
   *
   * @return the root cause, or empty
   * @since 0.2.0
   */
  public abstract Optional<RootCause> rootCause();

  /**
   * Every defence established: {@link #defences()} in order, then the {@linkplain #rootCause() root
   * cause}'s defence if it is one and not already listed. Policies read this, so a defence counts the
   * same whether the assessor entered it or the investigation found it.
   *
   * @return the defences, without repeats
   * @since 0.2.0
   */
  public final List<DenialReason> establishedDefences() {
    Optional<DenialReason> fromCause = rootCause().flatMap(RootCause::defence);
    if (fromCause.isEmpty() || defences().contains(fromCause.get())) {
      return defences();
    }
    List<DenialReason> all = new ArrayList<>(defences());
    all.add(fromCause.get());
    return List.copyOf(all);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    AssessmentInputs.check(this, checks);
    checks.throwIfAny();
  }

  /**
   * Builds an {@link AssessmentContext}; use once. A later setter replaces what an earlier one, or
   * {@link #inputs(AssessmentInputs)}, set.
   */
  public static final class Builder extends ImmutableAssessmentContext.Builder {
    Builder() {}

    /**
     * Sets every input from the assessor's inputs, replacing what was set before.
     *
     * @param inputs the inputs
     * @return this builder
     * @since 0.2.0
     */
    public Builder inputs(AssessmentInputs inputs) {
      from(inputs);
      return this;
    }
  }
}
