package io.parcelclaims.workflow.command;

import java.util.Objects;

/**
 * Records that customer service confirmed with the claimant that the money arrived (docs/process.md,
 * step 6).
 *
 * @param header its id, claim, actor, time and expected version
 * @since 0.1.0
 */
public record ConfirmReceipt(CommandHeader header) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public ConfirmReceipt {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.CONFIRM_RECEIPT;
  }
}
