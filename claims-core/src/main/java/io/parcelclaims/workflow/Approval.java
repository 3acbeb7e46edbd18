package io.parcelclaims.workflow;

import io.parcelclaims.claim.ActorId;
import java.time.Instant;
import java.util.Objects;

/**
 * A second actor's approval of the offer on the table, naming the assessment and offer versions it
 * approves. It lapses when a later assessment, offer or counter-offer comes.
 *
 * @param approver who approved
 * @param assessmentVersion the version of the assessed event approved
 * @param offerVersion the version of the offer event approved
 * @param at when
 * @since 0.1.0
 */
public record Approval(ActorId approver, long assessmentVersion, long offerVersion, Instant at) {

  /** Requires every part. */
  public Approval {
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(at, "at");
  }
}
