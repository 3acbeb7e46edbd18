package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.Evidence;
import java.util.Objects;

/**
 * Adds staff evidence to an investigation (docs/process.md, step 3): surveillance video, handover
 * or sign-off records, a courier's statement.
 *
 * @param header its id, claim, actor, time and expected version
 * @param evidence the evidence, its id new to the claim
 * @since 0.1.0
 */
public record RecordFinding(CommandHeader header, Evidence evidence) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public RecordFinding {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(evidence, "evidence");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RECORD_FINDING;
  }
}
