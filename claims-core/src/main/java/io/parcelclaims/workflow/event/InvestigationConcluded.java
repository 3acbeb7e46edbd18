package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.RootCause;
import io.parcelclaims.policy.InvestigationFinding;
import java.util.Objects;

/**
 * The investigation ended with a finding and a root cause (docs/process.md, step 3).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param finding what was found
 * @param rootCause why it happened
 * @since 0.1.0
 */
public record InvestigationConcluded(EventHeader header, InvestigationFinding finding, RootCause rootCause) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.investigation-concluded";

  /** Requires every part and copies lists. */
  public InvestigationConcluded {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(rootCause, "rootCause");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
