package io.parcelclaims.workflow.event;

import java.util.Objects;

/**
 * The escalation was answered and the claim went back to the step it was escalated from.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @since 0.1.0
 */
public record EscalationResolved(EventHeader header) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.escalation-resolved";

  /** Requires every part and copies lists. */
  public EscalationResolved {
    Objects.requireNonNull(header, "header");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
