package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.EscalationTarget;
import java.util.Objects;

/**
 * The claim was escalated to a supervisor, or a complaint went to the regulator.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param target where it went
 * @since 0.1.0
 */
public record ClaimEscalated(EventHeader header, EscalationTarget target) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.escalated";

  /** Requires every part and copies lists. */
  public ClaimEscalated {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(target, "target");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
