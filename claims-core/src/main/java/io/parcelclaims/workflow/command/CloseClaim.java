package io.parcelclaims.workflow.command;

import java.util.Objects;

/**
 * Closes a claim whose handling is over (docs/process.md, step 7).
 *
 * @param header its id, claim, actor, time and expected version
 * @since 0.1.0
 */
public record CloseClaim(CommandHeader header) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public CloseClaim {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.CLOSE;
  }
}
