package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.EvidenceKind;
import java.util.List;
import java.util.Objects;

/**
 * The claimant was asked for evidence (docs/process.md, step 4).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param missing the kinds asked for, in order
 * @since 0.1.0
 */
public record EvidenceRequested(EventHeader header, List<EvidenceKind> missing) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.evidence-requested";

  /** Requires every part and copies lists. */
  public EvidenceRequested {
    Objects.requireNonNull(header, "header");
    missing = List.copyOf(missing);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
