package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.EscalationTarget;
import java.util.Objects;

/**
 * Escalates a claim to a supervisor, or records a complaint to the regulator (docs/process.md step 5,
 * §3.7). Starts the complaint-answer clock.
 *
 * @param header its id, claim, actor, time and expected version
 * @param target supervisor or regulator
 * @since 0.1.0
 */
public record EscalateClaim(CommandHeader header, EscalationTarget target) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public EscalateClaim {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(target, "target");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.ESCALATE;
  }
}
