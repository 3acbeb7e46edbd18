package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.ReviewStatus;
import java.util.Objects;

/**
 * An evidence item was reviewed (docs/process.md, step 4).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param evidenceId the item
 * @param status accepted or rejected
 * @since 0.1.0
 */
public record EvidenceReviewed(EventHeader header, EvidenceId evidenceId, ReviewStatus status) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.evidence-reviewed";

  /** Requires every part and copies lists. */
  public EvidenceReviewed {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(status, "status");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
