package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Asks the claimant for the evidence still missing (docs/process.md, step 4), usually the list
 * an evidence rule or an assessment named.
 *
 * @param header its id, claim, actor, time and expected version
 * @param missing the kinds asked for, at least one, in the order to show
 * @since 0.1.0
 */
public record RequestEvidence(CommandHeader header, List<EvidenceKind> missing) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public RequestEvidence {
    Objects.requireNonNull(header, "header");
    missing = List.copyOf(missing);
    if (missing.isEmpty()) {
      throw new InvalidValueException(List.of(Violation.of("missing", "command.empty", "must name at least one kind of evidence")));
    }
  }

  @Override
  public CommandKind kind() {
    return CommandKind.REQUEST_EVIDENCE;
  }
}
