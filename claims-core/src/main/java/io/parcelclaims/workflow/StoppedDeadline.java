package io.parcelclaims.workflow;

import io.parcelclaims.servicelevel.Deadline;
import java.time.Instant;
import java.util.Objects;

/**
 * A deadline whose clock stopped: the work was done, or the claim ended. SLA reports count the
 * missed ones.
 *
 * @param deadline the deadline
 * @param stoppedAt when its clock stopped
 * @since 0.1.0
 */
public record StoppedDeadline(Deadline deadline, Instant stoppedAt) {

  /** Requires both parts. */
  public StoppedDeadline {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(stoppedAt, "stoppedAt");
  }

  /** {@return whether the clock stopped before the deadline was missed} */
  public boolean met() {
    return !deadline.isMissedAt(stoppedAt);
  }
}
