package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * The claimant's evidence was added to the claim (docs/process.md, step 4).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param evidence the items, in order
 * @since 0.1.0
 */
public record EvidenceSubmitted(EventHeader header, List<Evidence> evidence) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.evidence-submitted";

  /** Requires every part and copies lists. */
  public EvidenceSubmitted {
    Objects.requireNonNull(header, "header");
    evidence = List.copyOf(evidence);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
