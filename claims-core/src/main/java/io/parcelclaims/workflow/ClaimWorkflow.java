package io.parcelclaims.workflow;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.CorrectClaim;
import io.parcelclaims.workflow.command.DeclineOffer;
import io.parcelclaims.workflow.command.EscalateClaim;
import io.parcelclaims.workflow.command.MakeCounterOffer;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordFinding;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.RecordPaymentFailure;
import io.parcelclaims.workflow.command.RecordRecovery;
import io.parcelclaims.workflow.command.RejectClaim;
import io.parcelclaims.workflow.command.ReopenClaim;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.RequestEvidence;
import io.parcelclaims.workflow.command.ResolveEscalation;
import io.parcelclaims.workflow.command.ReturnForCorrection;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.command.WithdrawClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claim workflow: the seven steps of docs/process.md as a pure, event-sourced state machine.
 *
 * <pre>
 * Decision decide(ClaimState state, ClaimCommand command)  // events, or a rejection with reasons
 * ClaimState evolve(ClaimState state, ClaimEvent event)    // replay = a fold of evolve over events
 * </pre>
 *
 * <p>{@code decide} refuses, with {@link RejectionReason}s and no events, a command whose id was
 * already applied ({@code DUPLICATE_COMMAND}, checked first so a retry is recognised), whose
 * expected version is not the state's ({@code STALE_VERSION}), that names another claim, that is
 * older than the last event, that the {@link TransitionTable} does not allow in the status or for
 * the actor's role, or that breaks a rule of its step (duplicate claim on the waybill, authority
 * limits and four eyes, an offer above the assessment or on a denied claim that is not goodwill, an
 * answer to an offer still under review, payment above the binding offer, no policy in force…). It
 * never throws for
 * a business refusal. An accepted command yields its events, followed by a {@code DeadlineStarted}
 * event for each service-level clock it starts.
 *
 * <p>Assessing is the only place a policy runs: {@code decide} picks the version in force from the
 * catalogue on the claim's governing date and records the whole assessment and its context in the
 * event. The context is the assess command's inputs plus what the workflow derives ({@link
 * AssessClaim#DERIVED_BY_THE_WORKFLOW}: governing date, zone, the investigation's finding and root
 * cause); a proved value or assessed loss counts only with accepted evidence of its kind on the
 * claim or an override the event records, otherwise the answer asks for that evidence. {@code evolve} never calls a policy and never reads the service levels or the calendar
 * (deadlines are recorded in events when they start), so a history replays to the same state after
 * policies or service levels have changed.
 *
 * <p>The workflow reads no clock: deadlines are queries ({@link #overdue}, {@link #nextDeadline}).
 * Decisions and rejections are logged at DEBUG with ids and codes only. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClaimWorkflow {
  private static final Logger LOG = LoggerFactory.getLogger(ClaimWorkflow.class);

  private final PolicyCatalogue catalogue;
  private final ServiceLevels serviceLevels;
  private final BusinessCalendar calendar;
  private final TransitionTable transitions;
  private final DeadlinePlanner planner;

  private ClaimWorkflow(PolicyCatalogue catalogue, ServiceLevels serviceLevels, BusinessCalendar calendar) {
    this.catalogue = catalogue;
    this.serviceLevels = serviceLevels;
    this.calendar = calendar;
    this.transitions = TransitionTable.defaults();
    this.planner = new DeadlinePlanner(serviceLevels, calendar);
  }

  /**
   * A workflow.
   *
   * @param catalogue the policy family whose version in force assesses each claim
   * @param serviceLevels the clocks to run, such as {@link ServiceLevels#defaults()}
   * @param calendar the business calendar for deadlines and for turning instants into dates
   * @return the workflow
   */
  public static ClaimWorkflow of(
      PolicyCatalogue catalogue, ServiceLevels serviceLevels, BusinessCalendar calendar) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(serviceLevels, "serviceLevels");
    Objects.requireNonNull(calendar, "calendar");
    return new ClaimWorkflow(catalogue, serviceLevels, calendar);
  }

  /** {@return the policy catalogue} */
  public PolicyCatalogue catalogue() {
    return catalogue;
  }

  /** {@return the service-level configuration} */
  public ServiceLevels serviceLevels() {
    return serviceLevels;
  }

  /** {@return the business calendar} */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** {@return the allowed transitions} */
  public TransitionTable transitions() {
    return transitions;
  }

  /** {@return the state of a claim with no events} */
  public ClaimState initialState() {
    return ClaimState.initial();
  }

  /**
   * Decides a command against a claim's state.
   *
   * @param state the claim's current state, {@link ClaimState#initial()} for a new claim
   * @param command the command
   * @return the new events, or the reasons the command is refused
   */
  public Decision decide(ClaimState state, ClaimCommand command) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    Draft draft = new Draft(state, command);
    if (state.appliedCommands().contains(command.commandId())) {
      draft.reject(RejectionReason.DUPLICATE_COMMAND);
    } else if (command.expectedVersion() != state.version()) {
      draft.reject(RejectionReason.STALE_VERSION);
    } else {
      checkClaimAndTime(state, command, draft);
      if (!transitions.allows(state.status(), command.kind())) {
        draft.reject(RejectionReason.WRONG_STATE);
      }
      if (!transitions.allowsRole(command.kind(), command.actor().role())) {
        draft.reject(RejectionReason.ROLE_NOT_ALLOWED);
      }
      if (!draft.isRejected()) {
        handle(draft, command);
      }
      if (!draft.isRejected()) {
        try {
          planner.plan(draft, command.at());
        } catch (DateOutsideCalendarException e) {
          draft.reject(RejectionReason.OUTSIDE_CALENDAR);
        }
      }
    }
    Decision decision = draft.decision();
    log(state, command, decision);
    return decision;
  }

  private static void checkClaimAndTime(ClaimState state, ClaimCommand command, Draft draft) {
    if (state.claimId().isPresent() && !state.claimId().get().equals(command.claimId())) {
      draft.reject(RejectionReason.WRONG_CLAIM);
    }
    if (state.lastEventAt().isPresent() && command.at().isBefore(state.lastEventAt().get())) {
      draft.reject(RejectionReason.OUT_OF_ORDER_TIME);
    }
  }

  // a handler per command; the status and role are already checked against the table
  private void handle(Draft d, ClaimCommand c) {
    if (c instanceof ReportClaim x) {
      IntakeHandlers.report(d, x);
    } else if (c instanceof ReturnForCorrection x) {
      IntakeHandlers.returnForCorrection(d, x);
    } else if (c instanceof CorrectClaim x) {
      IntakeHandlers.correct(d, x);
    } else if (c instanceof VerifyClaim x) {
      IntakeHandlers.verify(d, x);
    } else if (c instanceof OpenInvestigation x) {
      InvestigationHandlers.open(d, x);
    } else if (c instanceof RecordFinding x) {
      InvestigationHandlers.recordFinding(d, x);
    } else if (c instanceof ConcludeInvestigation x) {
      InvestigationHandlers.conclude(d, x);
    } else if (c instanceof RequestEvidence x) {
      EvidenceHandlers.request(d, x);
    } else if (c instanceof SubmitEvidence x) {
      EvidenceHandlers.submit(d, x);
    } else if (c instanceof ReviewEvidence x) {
      EvidenceHandlers.review(d, x);
    } else if (c instanceof AssessClaim x) {
      AssessmentHandlers.assess(d, x, catalogue, calendar.zone());
    } else if (c instanceof ProposeOffer x) {
      NegotiationHandlers.propose(d, x);
    } else if (c instanceof MakeCounterOffer x) {
      NegotiationHandlers.counter(d, x);
    } else if (c instanceof AcceptOffer x) {
      NegotiationHandlers.accept(d, x);
    } else if (c instanceof DeclineOffer x) {
      NegotiationHandlers.decline(d, x);
    } else if (c instanceof ApproveOffer x) {
      NegotiationHandlers.approve(d, x);
    } else if (c instanceof RecordPayment x) {
      PaymentHandlers.pay(d, x);
    } else if (c instanceof RecordPaymentFailure x) {
      PaymentHandlers.fail(d, x);
    } else if (c instanceof ConfirmReceipt x) {
      PaymentHandlers.confirm(d, x);
    } else if (c instanceof RecordRecovery x) {
      PaymentHandlers.recover(d, x);
    } else if (c instanceof RecordFollowUp x) {
      ClosingHandlers.followUp(d, x);
    } else if (c instanceof CloseClaim x) {
      ClosingHandlers.close(d, x);
    } else if (c instanceof WithdrawClaim x) {
      ClosingHandlers.withdraw(d, x);
    } else if (c instanceof RejectClaim x) {
      ClosingHandlers.reject(d, x);
    } else if (c instanceof EscalateClaim x) {
      ClosingHandlers.escalate(d, x);
    } else if (c instanceof ResolveEscalation x) {
      ClosingHandlers.resolve(d, x);
    } else if (c instanceof ReopenClaim x) {
      ClosingHandlers.reopen(d, x);
    } else {
      throw new IllegalArgumentException("unknown command kind " + c.kind());
    }
  }

  private static void log(ClaimState state, ClaimCommand command, Decision decision) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    if (decision.isAccepted()) {
      LOG.debug("accepted {} {} on claim {} v{} by {} ({}): {}", command.kind().code(),
          command.commandId(), command.claimId(), state.version(), command.actor().id(),
          command.actor().role(), decision.events().stream().map(ClaimEvent::type).toList());
    } else {
      LOG.debug("rejected {} {} on claim {} v{} by {} ({}): {}", command.kind().code(),
          command.commandId(), command.claimId(), state.version(), command.actor().id(),
          command.actor().role(), decision.reasons());
    }
  }

  /**
   * Applies one event to a state.
   *
   * @param state the state before
   * @param event the next event: version one above the state's, same claim
   * @return the state after
   * @throws IllegalArgumentException if the event does not follow the state
   */
  public ClaimState evolve(ClaimState state, ClaimEvent event) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(event, "event");
    return Evolution.evolve(state, event);
  }

  /**
   * Applies events to a state, in order.
   *
   * @param state the state before
   * @param events the following events
   * @return the state after
   * @throws IllegalArgumentException if an event does not follow the one before
   */
  public ClaimState evolve(ClaimState state, List<? extends ClaimEvent> events) {
    ClaimState s = Objects.requireNonNull(state, "state");
    for (ClaimEvent e : events) {
      s = evolve(s, e);
    }
    return s;
  }

  /**
   * Rebuilds a claim's state from its history.
   *
   * @param events the claim's events, from version 1, in order
   * @return the state
   * @throws IllegalArgumentException if an event does not follow the one before
   */
  public ClaimState replay(List<? extends ClaimEvent> events) {
    return evolve(ClaimState.initial(), events);
  }

  /**
   * The running deadlines missed at {@code now}.
   *
   * <p>A deadline recorded as {@linkplain Deadline#provisional() provisional} is counted again on
   * this workflow's calendar from its start by its service level (not for a repeating one), so a
   * year's arrangement supplied later as data moves it and drops the mark; the recorded event keeps
   * its value and mark. Every other deadline is answered as recorded.
   *
   * @param state the claim's state
   * @param now the time asked about
   * @return those deadlines, earliest first; empty when none is missed
   */
  public List<Deadline> overdue(ClaimState state, Instant now) {
    return planner.running(state).stream()
        .filter(d -> d.isMissedAt(now))
        .sorted(DEADLINE_ORDER)
        .toList();
  }

  /**
   * The running deadline due first, a provisional one counted again as {@link #overdue} says.
   *
   * @param state the claim's state
   * @return the deadline, or empty when no clock runs
   */
  public Optional<Deadline> nextDeadline(ClaimState state) {
    return planner.running(state).stream().min(DEADLINE_ORDER);
  }

  private static final Comparator<Deadline> DEADLINE_ORDER =
      Comparator.comparing(Deadline::dueBefore).thenComparing(Deadline::serviceLevel);
}
