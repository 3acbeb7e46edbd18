package io.parcelclaims.workflow;

import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The events of one claim, in order from version 1, with the state they fold into and the audit
 * trail they make.
 *
 * <p>Immutable and thread-safe; {@link #append} returns a new history.
 *
 * @since 0.1.0
 */
public final class ClaimHistory {
  private static final ClaimHistory EMPTY = new ClaimHistory(List.of(), ClaimState.initial());

  private final List<ClaimEvent> events;
  private final ClaimState state;

  private ClaimHistory(List<ClaimEvent> events, ClaimState state) {
    this.events = events;
    this.state = state;
  }

  /** {@return the history of a claim with no events} */
  public static ClaimHistory empty() {
    return EMPTY;
  }

  /**
   * A history of stored events.
   *
   * @param events one claim's events, versions 1, 2, 3… in order
   * @return the history
   * @throws InvalidValueException if the events belong to several claims or their versions do not
   *     run from 1 without gaps
   */
  public static ClaimHistory of(List<? extends ClaimEvent> events) {
    return EMPTY.append(events);
  }

  /**
   * This history with more events.
   *
   * @param more the following events, versions continuing this history's
   * @return the longer history
   * @throws InvalidValueException if an event belongs to another claim or its version does not
   *     follow
   */
  public ClaimHistory append(List<? extends ClaimEvent> more) {
    Objects.requireNonNull(more, "more");
    List<Violation> problems = new ArrayList<>();
    Optional<ClaimId> claim = claimId();
    for (int i = 0; i < more.size(); i++) {
      ClaimEvent e = Objects.requireNonNull(more.get(i), "events[" + i + "]");
      int index = events.size() + i;
      if (claim.isEmpty()) {
        claim = Optional.of(e.claimId());
      } else if (!claim.get().equals(e.claimId())) {
        problems.add(Violation.of("events[" + index + "].claimId", "history.other-claim",
            "belongs to claim " + e.claimId() + ", not " + claim.get(), e.claimId(), claim.get()));
      }
      if (e.version() != index + 1) {
        problems.add(Violation.of("events[" + index + "].version", "history.version-gap",
            "must be " + (index + 1) + " (was " + e.version() + ")", index + 1, e.version()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    List<ClaimEvent> all = new ArrayList<>(events);
    all.addAll(more);
    ClaimState next = state;
    for (ClaimEvent e : more) {
      next = Evolution.evolve(next, e);
    }
    return new ClaimHistory(List.copyOf(all), next);
  }

  /**
   * This history with the events of an accepted decision; a refused decision changes nothing.
   *
   * @param decision a decision made on this history's state
   * @return the longer history, or this one when the decision was refused
   * @throws InvalidValueException if the events do not follow
   */
  public ClaimHistory append(Decision decision) {
    return decision.isAccepted() ? append(decision.events()) : this;
  }

  /** {@return the events, in order} */
  public List<ClaimEvent> events() {
    return events;
  }

  /** {@return the claim's id; empty for an empty history} */
  public Optional<ClaimId> claimId() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0).claimId());
  }

  /** {@return the state the events fold into} */
  public ClaimState state() {
    return state;
  }

  /** {@return the audit trail: one entry per event, in order} */
  public List<AuditEntry> audit() {
    List<AuditEntry> out = new ArrayList<>();
    ClaimState s = ClaimState.initial();
    for (ClaimEvent e : events) {
      ClaimState next = Evolution.evolve(s, e);
      out.add(new AuditEntry(e.version(), e.at(), e.actor(), e.role(), e.commandId(), e.type(),
          s.status(), next.status()));
      s = next;
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code other} holds equal events.
   *
   * @param other any object
   * @return true for an equal history
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ClaimHistory that && events.equals(that.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** {@return the claim id and the event types, never their contents} */
  @Override
  public String toString() {
    return "ClaimHistory[" + claimId().map(ClaimId::toString).orElse("empty") + " "
        + events.stream().map(ClaimEvent::type).toList() + "]";
  }
}
