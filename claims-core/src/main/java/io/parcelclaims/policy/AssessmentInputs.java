package io.parcelclaims.policy;

import io.parcelclaims.internal.Checks;
import org.immutables.value.Value;

/**
 * What an assessor brings to an assessment that the claim does not hold: values established from
 * evidence, the weight affected, rates with their dates, prior payouts, defences and the facts of
 * the carrier's conduct.
 *
 * <p>An {@link AssessmentContext} is these inputs plus what the workflow derives from the claim's
 * history (the governing date, the zone, the investigation's finding and root cause). The workflow's
 * assess command carries exactly this type and builds the context with {@link
 * AssessmentContext.Builder#inputs(AssessmentInputs)}, so every input reaches the policy. Immutable
 * and thread-safe.
 *
 * @since 0.1.0 (in {@code io.parcelclaims.workflow.command} until 0.2.0)
 */
@Value.Immutable
public abstract class AssessmentInputs implements InputFacts {
  AssessmentInputs() {}

  /** {@return inputs with nothing established} */
  public static AssessmentInputs none() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    check(this, checks);
    checks.throwIfAny();
  }

  /** The rules every set of inputs keeps, wherever it is built. */
  static void check(InputFacts in, Checks checks) {
    in.provedValue().ifPresent(v -> checks.nonNegative("provedValue", v));
    in.assessedLoss().ifPresent(v -> checks.nonNegative("assessedLoss", v));
    in.salvageValue().ifPresent(v -> checks.nonNegative("salvageValue", v));
    in.affectedWeightKg()
        .filter(kg -> kg.signum() <= 0)
        .ifPresent(
            kg ->
                checks.add(
                    "affectedWeightKg",
                    "value.must-be-positive",
                    "must be above zero (was " + kg.toPlainString() + ")",
                    kg));
    for (int i = 0; i < in.priorPayouts().size(); i++) {
      checks.nonNegative("priorPayouts[" + i + "]", in.priorPayouts().get(i));
    }
  }

  /** Builds {@link AssessmentInputs}; use once. */
  public static final class Builder extends ImmutableAssessmentInputs.Builder {
    Builder() {}
  }
}
