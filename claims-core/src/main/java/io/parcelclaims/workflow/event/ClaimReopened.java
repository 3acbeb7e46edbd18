package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.ReopenReason;
import java.util.Objects;

/**
 * A paid or closed claim was reopened.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param reason why
 * @since 0.1.0
 */
public record ClaimReopened(EventHeader header, ReopenReason reason) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.reopened";

  /** Requires every part and copies lists. */
  public ClaimReopened {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
