package io.parcelclaims.workflow;

import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.ServiceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each service clock stops: a rule over the state, not over the configuration, so replay needs
 * neither the service levels nor the calendar.
 */
final class Clocks {
  private Clocks() {}

  /** Whether the work a clock measures is done, or no longer due, in this state. */
  static boolean isDone(ServiceClock clock, ClaimState s) {
    ClaimStatus status = s.status();
    if (status == ClaimStatus.CLOSED || status == ClaimStatus.WITHDRAWN) {
      return true;
    }
    boolean ended = status == ClaimStatus.REJECTED;
    return switch (clock) {
      case FIRST_RESPONSE -> s.firstResponseAt().isPresent() || ended;
      case INVESTIGATION -> s.finding().isPresent() || ended;
      case COMPENSATION_PROPOSAL -> s.offer().isPresent() || ended;
      case PAYMENT -> s.isFullyPaid() || ended;
      case TOTAL_HANDLING -> s.isFullyPaid() || ended;
      case COMPLAINT_ANSWER -> status != ClaimStatus.ESCALATED;
      case STATUS_UPDATE -> ended;
      case CLAIM_FILING -> s.claim().isPresent();
      case DEEMED_LOST -> found(s) || ended;
    };
  }

  private static boolean found(ClaimState s) {
    boolean delivered = s.claim().map(c -> c.shipment().deliveredAt().isPresent()).orElse(false);
    return delivered
        || s.finding().filter(f -> f == InvestigationFinding.FOUND_AND_DELIVERED
            || f == InvestigationFinding.MISDELIVERED_AND_RECOVERED).isPresent();
  }

  /** Moves every running deadline whose work is done to the stopped ones. */
  static ClaimState settle(ClaimState s, Instant at) {
    List<Deadline> running = new ArrayList<>();
    List<StoppedDeadline> stopped = new ArrayList<>(s.stoppedDeadlines());
    for (Deadline d : s.deadlines()) {
      if (isDone(d.clock(), s)) {
        stopped.add(new StoppedDeadline(d, stoppedAt(d, s, at)));
      } else {
        running.add(d);
      }
    }
    if (running.size() == s.deadlines().size()) {
      return s;
    }
    return s.withDeadlines(running).withStoppedDeadlines(stopped);
  }

  private static Instant stoppedAt(Deadline d, ClaimState s, Instant at) {
    if (d.clock() == ServiceClock.CLAIM_FILING) {
      return s.claim().map(c -> c.reportedAt()).orElse(at);
    }
    return at;
  }
}
