package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.ReopenReason;
import java.util.Objects;

/**
 * Reopens a paid or closed claim, for example because the parcel turned up after the payout
 * (docs/worked-examples.md EX-14).
 *
 * @param header its id, claim, actor, time and expected version
 * @param reason why
 * @since 0.1.0
 */
public record ReopenClaim(CommandHeader header, ReopenReason reason) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public ReopenClaim {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.REOPEN;
  }
}
