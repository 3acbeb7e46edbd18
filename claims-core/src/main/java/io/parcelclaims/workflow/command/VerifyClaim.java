package io.parcelclaims.workflow.command;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Confirms a reported claim's facts against the waybill and tracking trail (docs/process.md,
 * step 2: verification).
 *
 * @param header its id, claim, actor, time and expected version
 * @param lastScanAt the last tracking scan found, if any
 * @since 0.1.0
 */
public record VerifyClaim(CommandHeader header, Optional<Instant> lastScanAt) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public VerifyClaim {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(lastScanAt, "lastScanAt");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.VERIFY;
  }
}
