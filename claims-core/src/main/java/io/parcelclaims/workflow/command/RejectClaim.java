package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Rejects a claim (docs/process.md: not the carrier's waybill, time-barred, no standing, not liable).
 *
 * @param header its id, claim, actor, time and expected version
 * @param reasons why, at least one, in the order to show
 * @since 0.1.0
 */
public record RejectClaim(CommandHeader header, List<DenialReason> reasons) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public RejectClaim {
    Objects.requireNonNull(header, "header");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new InvalidValueException(List.of(Violation.of("reasons", "command.empty", "must name at least one reason")));
    }
  }

  @Override
  public CommandKind kind() {
    return CommandKind.REJECT;
  }
}
