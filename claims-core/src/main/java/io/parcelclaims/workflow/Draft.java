package io.parcelclaims.workflow;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.EventHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A decision being made: the events emitted so far, with consecutive versions, or the reasons to
 * refuse. Used once, by one thread.
 */
final class Draft {
  private final ClaimState state;
  private final ClaimCommand command;
  private final List<ClaimEvent> events = new ArrayList<>();
  private final List<RejectionReason> reasons = new ArrayList<>();

  Draft(ClaimState state, ClaimCommand command) {
    this.state = state;
    this.command = command;
  }

  ClaimState state() {
    return state;
  }

  Actor actor() {
    return command.actor();
  }

  /** Adds the event the function makes from the next header. */
  Draft emit(Function<EventHeader, ClaimEvent> event) {
    Actor actor = command.actor();
    EventHeader header = new EventHeader(
        command.claimId(), state.version() + events.size() + 1, command.commandId(), actor.id(),
        actor.role(), command.at());
    events.add(event.apply(header));
    return this;
  }

  /** Adds a reason to refuse; any reason refuses the whole command. */
  Draft reject(RejectionReason reason) {
    if (!reasons.contains(reason)) {
      reasons.add(reason);
    }
    return this;
  }

  boolean isRejected() {
    return !reasons.isEmpty();
  }

  List<ClaimEvent> events() {
    return List.copyOf(events);
  }

  Decision decision() {
    return reasons.isEmpty()
        ? Decision.accepted(command.commandId(), events)
        : Decision.rejected(command.commandId(), reasons);
  }
}
