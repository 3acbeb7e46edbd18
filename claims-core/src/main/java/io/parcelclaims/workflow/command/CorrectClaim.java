package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Replaces a claim returned for correction with its corrected form (docs/process.md, step 2).
 *
 * @param header its id, claim, actor, time and expected version
 * @param claim the whole corrected claim; its id is the header's claim id
 * @since 0.1.0
 */
public record CorrectClaim(CommandHeader header, Claim claim) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public CorrectClaim {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(claim, "claim");
    if (!claim.id().equals(header.claimId())) {
      throw new InvalidValueException(List.of(Violation.of("claim.id", "command.claim-id-differs", "must be the header's claim id " + header.claimId(), claim.id(), header.claimId())));
    }
  }

  @Override
  public CommandKind kind() {
    return CommandKind.CORRECT;
  }

  /** {@return the kind and ids, without the claim's description} */
  @Override
  public String toString() {
    return "CorrectClaim[" + header().commandId() + " " + claim.id() + "]";
  }
}
