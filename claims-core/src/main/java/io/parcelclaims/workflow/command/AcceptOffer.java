package io.parcelclaims.workflow.command;

import java.util.Objects;

/**
 * Records that the claimant accepted the offer (docs/process.md, step 5).
 *
 * @param header its id, claim, actor, time and expected version
 * @since 0.1.0
 */
public record AcceptOffer(CommandHeader header) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public AcceptOffer {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.ACCEPT_OFFER;
  }
}
