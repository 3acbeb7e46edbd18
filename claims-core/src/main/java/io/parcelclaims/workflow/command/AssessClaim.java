package io.parcelclaims.workflow.command;

import io.parcelclaims.policy.AssessmentInputs;
import java.util.Objects;

/**
 * Prices a claim with the policy in force (DOMAIN.md §1, step 5): the workflow picks the version
 * from its catalogue, runs it and records the whole assessment and the context it used.
 *
 * @param header its id, claim, actor, time and expected version
 * @param inputs what the assessment needs that the claim's history does not hold
 * @since 0.1.0
 */
public record AssessClaim(CommandHeader header, AssessmentInputs inputs) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public AssessClaim {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(inputs, "inputs");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.ASSESS;
  }
}
