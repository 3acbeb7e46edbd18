package io.parcelclaims.workflow.event;

import java.util.Objects;

/**
 * An offer above its proposer's authority limit was approved by another actor whose limit covers it.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param assessmentVersion the version of the assessed event approved
 * @param offerVersion the version of the offer event approved
 * @since 0.1.0
 */
public record OfferApproved(EventHeader header, long assessmentVersion, long offerVersion) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.offer-approved";

  /** Requires every part and copies lists. */
  public OfferApproved {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
