package io.parcelclaims.workflow.command;

import java.util.Objects;

/**
 * Starts the investigation of a verified claim (docs/process.md, step 3).
 *
 * @param header its id, claim, actor, time and expected version
 * @since 0.1.0
 */
public record OpenInvestigation(CommandHeader header) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public OpenInvestigation {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.OPEN_INVESTIGATION;
  }
}
