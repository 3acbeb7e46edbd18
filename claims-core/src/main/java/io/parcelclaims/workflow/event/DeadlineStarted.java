package io.parcelclaims.workflow.event;

import io.parcelclaims.servicelevel.Deadline;
import java.util.Objects;

/**
 * A service-level clock started, or a repeating one moved to its next deadline. The event
 * records the deadline as computed when it started, so replay never depends on today's
 * service-level configuration or calendar.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param deadline the deadline
 * @since 0.1.0
 */
public record DeadlineStarted(EventHeader header, Deadline deadline) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.deadline-started";

  /** Requires every part and copies lists. */
  public DeadlineStarted {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
