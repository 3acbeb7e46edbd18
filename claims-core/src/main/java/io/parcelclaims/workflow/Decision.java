package io.parcelclaims.workflow;

import io.parcelclaims.claim.CommandId;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.util.List;
import java.util.Objects;

/**
 * The workflow's answer to a command: the events it produces, or the reasons it is refused.
 *
 * <p>Exactly one of {@link #events()} and {@link #reasons()} is non-empty. A refused command
 * changes nothing; a {@linkplain #isDuplicate() duplicate} tells a retrying caller that the command
 * was applied before.
 *
 * @param commandId the command decided
 * @param events the new events, in order, versions following the state's; empty when refused
 * @param reasons why the command was refused; empty when accepted
 * @since 0.1.0
 */
public record Decision(CommandId commandId, List<ClaimEvent> events, List<RejectionReason> reasons) {

  /** Checks that exactly one of events and reasons is given, and copies them. */
  public Decision {
    Objects.requireNonNull(commandId, "commandId");
    events = List.copyOf(events);
    reasons = List.copyOf(reasons);
    if (events.isEmpty() == reasons.isEmpty()) {
      throw new IllegalArgumentException("a decision has either events or reasons, not both or neither");
    }
  }

  /**
   * An accepted command.
   *
   * @param commandId the command
   * @param events the events, at least one
   * @return the decision
   */
  public static Decision accepted(CommandId commandId, List<? extends ClaimEvent> events) {
    return new Decision(commandId, List.copyOf(events), List.of());
  }

  /**
   * A refused command.
   *
   * @param commandId the command
   * @param reasons the reasons, at least one
   * @return the decision
   */
  public static Decision rejected(CommandId commandId, List<RejectionReason> reasons) {
    return new Decision(commandId, List.of(), reasons);
  }

  /** {@return whether the command was accepted} */
  public boolean isAccepted() {
    return !events.isEmpty();
  }

  /** {@return whether the command was refused} */
  public boolean isRejected() {
    return !reasons.isEmpty();
  }

  /** {@return whether the command was refused as one already applied} */
  public boolean isDuplicate() {
    return reasons.contains(RejectionReason.DUPLICATE_COMMAND);
  }
}
