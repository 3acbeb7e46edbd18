package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.RootCause;
import io.parcelclaims.policy.InvestigationFinding;
import java.util.Objects;

/**
 * Ends an investigation with what it found and why it happened (docs/process.md, step 3).
 *
 * @param header its id, claim, actor, time and expected version
 * @param finding lost, damaged, short, delayed, found and delivered, misdelivered and recovered, or not the carrier's liability
 * @param rootCause the cause found
 * @since 0.1.0
 */
public record ConcludeInvestigation(CommandHeader header, InvestigationFinding finding, RootCause rootCause) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public ConcludeInvestigation {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(rootCause, "rootCause");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.CONCLUDE_INVESTIGATION;
  }
}
