package io.parcelclaims.workflow.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer service verified the claim's facts (docs/process.md, step 2).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param lastScanAt the last tracking scan found, if any
 * @since 0.1.0
 */
public record ClaimVerified(EventHeader header, Optional<Instant> lastScanAt) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.verified";

  /** Requires every part and copies lists. */
  public ClaimVerified {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(lastScanAt, "lastScanAt");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
