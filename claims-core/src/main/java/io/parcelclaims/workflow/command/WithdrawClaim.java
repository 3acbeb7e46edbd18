package io.parcelclaims.workflow.command;

import java.util.Objects;

/**
 * Records that the claimant withdrew the claim.
 *
 * @param header its id, claim, actor, time and expected version
 * @since 0.1.0
 */
public record WithdrawClaim(CommandHeader header) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public WithdrawClaim {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.WITHDRAW;
  }
}
