package io.parcelclaims.workflow.event;

import java.util.Objects;

/**
 * The claim was closed (docs/process.md, step 7).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @since 0.1.0
 */
public record ClaimClosed(EventHeader header) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.closed";

  /** Requires every part and copies lists. */
  public ClaimClosed {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
