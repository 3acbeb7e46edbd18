package io.parcelclaims.testkit.workflow;

import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CommandKind;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.PaymentRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One random run of commands against a wiring: the claim's events and state so far, and what the
 * run reached. The tester applies each command with {@link #apply}, which checks the workflow's
 * invariants and throws {@link AssertionError} on the first one broken.
 *
 * <p>Mutable, used by one action chain at a time.
 *
 * @since 0.1.0
 */
public final class WorkflowRun {
  private final WorkflowWiring wiring;
  private final NoticeRenderer notices;
  private final ClaimId claimId;
  private final Instant start;
  private final List<ClaimEvent> events = new ArrayList<>();
  private final List<ClaimCommand> applied = new ArrayList<>();
  private final Set<CommandKind> accepted = EnumSet.noneOf(CommandKind.class);
  private ClaimState state;
  private Instant now;
  private int commands;
  private boolean reachedPayment;
  private Decision last;

  WorkflowRun(WorkflowWiring wiring, NoticeRenderer notices, ClaimId claimId, Instant start) {
    this.wiring = wiring;
    this.notices = notices;
    this.claimId = claimId;
    this.start = start;
    this.now = start;
    this.state = wiring.initialState();
  }

  /**
   * Decides a command, checks every invariant, and applies the events if it was accepted.
   *
   * @param command the command
   * @throws AssertionError if an invariant is broken
   */
  public void apply(ClaimCommand command) {
    ClaimState before = state;
    Decision decision = wiring.decide(before, command);
    Invariants.checkDecision(wiring, notices, before, command, decision);
    commands++;
    last = decision;
    if (command.at().isAfter(now)) {
      now = command.at();
    }
    if (decision.isAccepted()) {
      ClaimState after = before;
      for (ClaimEvent e : decision.events()) {
        ClaimState next = wiring.evolve(after, e);
        SettlementPromises.check(after, e, next);
        after = next;
      }
      events.addAll(decision.events());
      applied.add(command);
      accepted.add(command.kind());
      if (decision.events().stream().anyMatch(e -> e instanceof PaymentRecorded)) {
        reachedPayment = true;
      }
      state = after;
      Invariants.checkState(wiring, before, state, events);
    }
  }

  /** {@return the claim's id} */
  public ClaimId claimId() {
    return claimId;
  }

  /** {@return the claim's state after the commands so far} */
  public ClaimState state() {
    return state;
  }

  /** {@return every event so far, in order} */
  public List<ClaimEvent> events() {
    return List.copyOf(events);
  }

  /** {@return the accepted commands, in order} */
  public List<ClaimCommand> appliedCommands() {
    return List.copyOf(applied);
  }

  /** {@return the kinds of command accepted at least once, in declaration order} */
  public List<CommandKind> acceptedKinds() {
    return List.copyOf(accepted);
  }

  /** {@return whether a payment was recorded} */
  public boolean reachedPayment() {
    return reachedPayment;
  }

  /** {@return how many commands were decided} */
  public int commandCount() {
    return commands;
  }

  /** {@return the decision on the last command} */
  public Optional<Decision> lastDecision() {
    return Optional.ofNullable(last);
  }

  /** {@return the time of the latest command} */
  public Instant now() {
    return now;
  }

  Instant start() {
    return start;
  }

  WorkflowWiring wiring() {
    return wiring;
  }

  /** {@return the status reached and the numbers of commands and events, for failure reports} */
  @Override
  public String toString() {
    return "WorkflowRun[" + claimId + " " + state.status() + " after " + commands + " commands, "
        + events.size() + " events]";
  }
}
