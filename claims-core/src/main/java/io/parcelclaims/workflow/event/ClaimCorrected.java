package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.Claim;
import java.util.Objects;

/**
 * The claimant corrected the claim (docs/process.md, step 2).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param claim the whole corrected claim
 * @since 0.1.0
 */
public record ClaimCorrected(EventHeader header, Claim claim) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.corrected";

  /** Requires every part and copies lists. */
  public ClaimCorrected {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(claim, "claim");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
