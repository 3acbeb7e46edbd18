package io.parcelclaims.workflow.command;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.InputOverride;
import java.util.List;
import java.util.Objects;

/**
 * Prices a claim with the policy in force (docs/process.md, step 5): the workflow picks the version
 * from its catalogue, runs it and records the whole assessment and the context it used.
 *
 * <p>The command carries every input an {@link AssessmentContext} can hold, as one {@link
 * AssessmentInputs} value, except those the workflow derives from the claim's history and its own
 * configuration ({@link #DERIVED_BY_THE_WORKFLOW}): the governing date (the catalogue's rule applied
 * to the claim), the zone (the business calendar's), the investigation's finding and its root cause
 * (from {@code claim.investigation-concluded}; a root cause that is a defence counts among the
 * context's {@linkplain AssessmentContext#establishedDefences() established defences}).
 *
 * <p>A proved value or an assessed loss counts only when reviewed and accepted evidence of its kind
 * is on the claim ({@link EvidencedInput}), or when the command overrides it with a reason, which
 * the assessed event records. Otherwise the workflow answers {@code NEEDS_EVIDENCE}, naming the
 * evidence missing, unless the policy denies the claim on other grounds.
 *
 * @param header its id, claim, actor, time and expected version
 * @param inputs what the assessment needs that the claim's history does not hold
 * @param overrides inputs to count without their evidence, each with the assessor's reason; at most
 *     one per input, and only for inputs that {@code inputs} sets
 * @since 0.1.0
 */
public record AssessClaim(CommandHeader header, AssessmentInputs inputs, List<InputOverride> overrides)
    implements ClaimCommand {

  /**
   * The {@link AssessmentContext} attributes the workflow sets itself and the command cannot:
   * {@code governingDate}, {@code zone}, {@code finding} and {@code rootCause}. Every other
   * attribute of the context comes from {@link #inputs()}.
   *
   * @since 0.2.0
   */
  public static final List<String> DERIVED_BY_THE_WORKFLOW =
      List.of("governingDate", "zone", "finding", "rootCause");

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if an override repeats an input or names
   *     one the inputs do not set
   */
  public AssessClaim {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(inputs, "inputs");
    overrides = List.copyOf(overrides);
    Checks checks = new Checks();
    for (int i = 0; i < overrides.size(); i++) {
      EvidencedInput input = overrides.get(i).input();
      if (input.valueIn(inputs).isEmpty()) {
        checks.add("overrides[" + i + "].input", "command.override-without-input",
            "overrides " + input.code() + ", which the inputs do not set", input.code());
      }
      for (int j = 0; j < i; j++) {
        if (overrides.get(j).input() == input) {
          checks.add("overrides[" + i + "].input", "command.duplicate-override",
              "duplicates overrides[" + j + "]", input.code());
        }
      }
    }
    checks.throwIfAny();
  }

  /**
   * An assessment with no overrides: every evidenced input needs its evidence on the claim.
   *
   * @param header its id, claim, actor, time and expected version
   * @param inputs what the assessment needs that the claim's history does not hold
   */
  public AssessClaim(CommandHeader header, AssessmentInputs inputs) {
    this(header, inputs, List.of());
  }

  @Override
  public CommandKind kind() {
    return CommandKind.ASSESS;
  }
}
