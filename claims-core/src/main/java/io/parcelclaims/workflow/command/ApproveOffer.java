package io.parcelclaims.workflow.command;

import java.util.Objects;

/**
 * Approves an offer above its proposer's authority limit (four eyes; docs/process.md, step 5:
 * "supervisor approves above authority"). It names the versions of the assessment and offer events
 * it approves, so it cannot approve an offer that changed after the approver saw it.
 *
 * @param header its id, claim, actor, time and expected version
 * @param assessmentVersion the version of the assessed event approved
 * @param offerVersion the version of the offer event approved
 * @since 0.1.0
 */
public record ApproveOffer(CommandHeader header, long assessmentVersion, long offerVersion) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public ApproveOffer {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.APPROVE_OFFER;
  }
}
