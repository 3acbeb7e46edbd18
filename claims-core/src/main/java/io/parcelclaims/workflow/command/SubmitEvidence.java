package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.Evidence;
import io.parcelclaims.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Adds the claimant's evidence to a claim (docs/process.md, step 4).
 *
 * @param header its id, claim, actor, time and expected version
 * @param evidence the items, at least one, ids new to the claim and to each other
 * @since 0.1.0
 */
public record SubmitEvidence(CommandHeader header, List<Evidence> evidence) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public SubmitEvidence {
    Objects.requireNonNull(header, "header");
    evidence = List.copyOf(evidence);
    Checks checks = new Checks();
    if (evidence.isEmpty()) {
      checks.add("evidence", "command.empty", "must hold at least one item");
    }
    for (int i = 0; i < evidence.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (evidence.get(i).id().equals(evidence.get(j).id())) {
          checks.add("evidence[" + i + "].id", "claim.duplicate-evidence", "duplicates evidence[" + j + "]", evidence.get(i).id());
        }
      }
    }
    checks.throwIfAny();
  }

  @Override
  public CommandKind kind() {
    return CommandKind.SUBMIT_EVIDENCE;
  }
}
