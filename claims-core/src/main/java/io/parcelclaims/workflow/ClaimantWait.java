package io.parcelclaims.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time in which the carrier waited for the claimant: to correct the claim, send
 * evidence or answer an offer. Kept apart so SLA figures can show handling time with and without
 * it; the deadlines themselves keep running.
 *
 * @param from when the wait began
 * @param until when the claimant acted, or empty while still waiting
 * @since 0.1.0
 */
public record ClaimantWait(Instant from, Optional<Instant> until) {

  /** Requires both parts. */
  public ClaimantWait {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /**
   * How long the wait lasted, or has lasted by {@code now} if it is still open.
   *
   * @param now the time asked about, for an open wait
   * @return the length, never negative
   */
  public Duration length(Instant now) {
    Instant end = until.orElse(now);
    return end.isBefore(from) ? Duration.ZERO : Duration.between(from, end);
  }
}
