package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import java.util.List;
import java.util.Objects;

/**
 * A claim was recorded (docs/process.md, step 1). It carries the claim, whose claimant is a party
 * reference and role only: the claimant's name and contact never enter the event log.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param claim the claim as reported
 * @param linkedClaims open claims of other types on the same waybill, in the order given
 * @since 0.1.0
 */
public record ClaimReported(EventHeader header, Claim claim, List<ClaimId> linkedClaims) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.reported";

  /** Requires every part and copies lists. */
  public ClaimReported {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(claim, "claim");
    linkedClaims = List.copyOf(linkedClaims);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
