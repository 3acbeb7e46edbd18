package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Accepts or rejects one evidence item after review (docs/process.md, step 4).
 *
 * @param header its id, claim, actor, time and expected version
 * @param evidenceId the item, already on the claim
 * @param status accepted or rejected, never pending
 * @since 0.1.0
 */
public record ReviewEvidence(CommandHeader header, EvidenceId evidenceId, ReviewStatus status) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public ReviewEvidence {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(status, "status");
    if (status == ReviewStatus.PENDING) {
      throw new InvalidValueException(List.of(Violation.of("status", "command.review-pending", "must be accepted or rejected")));
    }
  }

  @Override
  public CommandKind kind() {
    return CommandKind.REVIEW_EVIDENCE;
  }
}
