package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.DenialReason;
import java.util.List;
import java.util.Objects;

/**
 * The carrier rejected the claim, with its reasons.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param reasons why, in order
 * @since 0.1.0
 */
public record ClaimRejected(EventHeader header, List<DenialReason> reasons) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.rejected";

  /** Requires every part and copies lists. */
  public ClaimRejected {
    Objects.requireNonNull(header, "header");
    reasons = List.copyOf(reasons);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
