package io.parcelclaims.workflow.command;

import java.util.Objects;

/**
 * Answers an escalation and returns the claim to the step it was escalated from.
 *
 * @param header its id, claim, actor, time and expected version
 * @since 0.1.0
 */
public record ResolveEscalation(CommandHeader header) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public ResolveEscalation {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RESOLVE_ESCALATION;
  }
}
