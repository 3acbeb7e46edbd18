package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.Evidence;
import java.util.Objects;

/**
 * Staff evidence was added to the investigation (docs/process.md, step 3).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param evidence the evidence
 * @since 0.1.0
 */
public record FindingRecorded(EventHeader header, Evidence evidence) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.finding-recorded";

  /** Requires every part and copies lists. */
  public FindingRecorded {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(evidence, "evidence");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
