package io.parcelclaims.workflow.event;

import java.util.Objects;

/**
 * The claimant declined the offer (docs/process.md, step 5).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param offerVersion the version of the offer event declined
 * @since 0.1.0
 */
public record OfferDeclined(EventHeader header, long offerVersion) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.offer-declined";

  /** Requires every part and copies lists. */
  public OfferDeclined {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
