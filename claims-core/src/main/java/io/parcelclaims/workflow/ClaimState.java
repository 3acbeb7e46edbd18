package io.parcelclaims.workflow;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.servicelevel.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the workflow knows about one claim after folding its events: the status, the claim
 * with its evidence, the investigation's finding, the latest assessment, the offer, approval and
 * payments, the running and stopped deadlines, and the commands already applied.
 *
 * <p>Only {@link ClaimWorkflow#evolve} makes states, starting from {@link #initial()}; equal
 * histories give equal states. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ClaimState {
  ClaimState() {}

  /** {@return where the claim stands} */
  public abstract ClaimStatus status();

  /** {@return the number of events folded in; 0 before the first} */
  public abstract long version();

  /** {@return the claim with its evidence as it stands; empty before the claim is reported} */
  public abstract Optional<Claim> claim();

  /** {@return the time of the last event; empty before the first} */
  public abstract Optional<Instant> lastEventAt();

  /** {@return open claims of other types on the same waybill, linked at intake} */
  public abstract List<ClaimId> linkedClaims();

  /** {@return when the claimant got a first answer: verified, returned for correction or rejected} */
  public abstract Optional<Instant> firstResponseAt();

  /** {@return what the investigation concluded, once it has} */
  public abstract Optional<InvestigationFinding> finding();

  /** {@return the root cause the investigation found, once it has} */
  public abstract Optional<RootCause> rootCause();

  /** {@return the evidence last requested from the claimant} */
  public abstract List<EvidenceKind> evidenceRequested();

  /** {@return the latest assessment} */
  public abstract Optional<Assessment> assessment();

  /** {@return the version of the latest assessed event; 0 when there is none} */
  public abstract long assessmentVersion();

  /** {@return the offer on the table, or the one agreed; empty before any and after a reassessment} */
  public abstract Optional<Offer> offer();

  /** {@return the claimant's counter-offer to the current offer, if any} */
  public abstract Optional<Money> counterOffer();

  /** {@return the approval of the current offer, if given and not lapsed} */
  public abstract Optional<Approval> approval();

  /** {@return whether the claimant accepted the current offer} */
  public abstract boolean offerAccepted();

  /** {@return every payment recorded, in order, failed ones included} */
  public abstract List<Payment> payments();

  /** {@return the amounts recovered from the claimant, in order} */
  public abstract List<Money> recoveries();

  /** {@return why the carrier rejected the claim; empty unless it did} */
  public abstract List<DenialReason> denialReasons();

  /** {@return while escalated, the status the claim was escalated from} */
  public abstract Optional<ClaimStatus> escalatedFrom();

  /** {@return while escalated, where to} */
  public abstract Optional<EscalationTarget> escalation();

  /** {@return why the claim was last reopened, if it was} */
  public abstract Optional<ReopenReason> reopenReason();

  /** {@return the latest satisfaction score from a follow-up} */
  public abstract Optional<Satisfaction> satisfaction();

  /** {@return the deadlines whose clocks are running, in the order they started} */
  public abstract List<Deadline> deadlines();

  /** {@return the deadlines whose clocks stopped, in the order they stopped} */
  public abstract List<StoppedDeadline> stoppedDeadlines();

  /** {@return the stretches of time spent waiting for the claimant, in order} */
  public abstract List<ClaimantWait> claimantWaits();

  /** {@return the ids of the commands applied, in order; a repeated id is a duplicate} */
  public abstract List<CommandId> appliedCommands();

  // copies for the fold; package-private so that only evolve makes states
  abstract ClaimState withStatus(ClaimStatus value);

  abstract ClaimState withVersion(long value);

  abstract ClaimState withClaim(Claim value);

  abstract ClaimState withLastEventAt(Instant value);

  abstract ClaimState withLinkedClaims(Iterable<? extends ClaimId> elements);

  abstract ClaimState withFirstResponseAt(Instant value);

  abstract ClaimState withFinding(InvestigationFinding value);

  abstract ClaimState withRootCause(RootCause value);

  abstract ClaimState withEvidenceRequested(Iterable<? extends EvidenceKind> elements);

  abstract ClaimState withAssessment(Assessment value);

  abstract ClaimState withAssessmentVersion(long value);

  abstract ClaimState withOffer(Offer value);

  abstract ClaimState withOffer(Optional<? extends Offer> optional);

  abstract ClaimState withCounterOffer(Money value);

  abstract ClaimState withCounterOffer(Optional<? extends Money> optional);

  abstract ClaimState withApproval(Approval value);

  abstract ClaimState withApproval(Optional<? extends Approval> optional);

  abstract ClaimState withOfferAccepted(boolean value);

  abstract ClaimState withPayments(Iterable<? extends Payment> elements);

  abstract ClaimState withRecoveries(Iterable<? extends Money> elements);

  abstract ClaimState withDenialReasons(Iterable<? extends DenialReason> elements);

  abstract ClaimState withEscalatedFrom(ClaimStatus value);

  abstract ClaimState withEscalatedFrom(Optional<? extends ClaimStatus> optional);

  abstract ClaimState withEscalation(EscalationTarget value);

  abstract ClaimState withEscalation(Optional<? extends EscalationTarget> optional);

  abstract ClaimState withReopenReason(ReopenReason value);

  abstract ClaimState withSatisfaction(Optional<? extends Satisfaction> optional);

  abstract ClaimState withDeadlines(Iterable<? extends Deadline> elements);

  abstract ClaimState withStoppedDeadlines(Iterable<? extends StoppedDeadline> elements);

  abstract ClaimState withClaimantWaits(Iterable<? extends ClaimantWait> elements);

  abstract ClaimState withAppliedCommands(Iterable<? extends CommandId> elements);

  /** {@return the state of a claim with no events} */
  public static ClaimState initial() {
    return ImmutableClaimState.builder()
        .status(ClaimStatus.NOT_REPORTED)
        .version(0)
        .assessmentVersion(0)
        .offerAccepted(false)
        .build();
  }

  /** {@return the claim's id; empty before it is reported} */
  public final Optional<ClaimId> claimId() {
    return claim().map(Claim::id);
  }

  /**
   * The binding offer: accepted by the claimant, and within its proposer's limit or approved.
   * Payments never exceed its total.
   *
   * @return the offer, or empty when none binds
   */
  public final Optional<Offer> bindingOffer() {
    return offer().filter(o -> offerAccepted() && (!o.approvalRequired() || approval().isPresent()));
  }

  /**
   * Whether the offer on the table is under review: it needs another actor's approval and has none.
   * Such an offer is not announced to the claimant and cannot be answered.
   *
   * @return true while the offer awaits approval
   * @since 0.2.0
   */
  public final boolean offerUnderReview() {
    return offer().filter(Offer::approvalRequired).isPresent() && approval().isEmpty();
  }

  /** {@return the sum of effective payments; empty before the claim is reported} */
  public final Optional<Money> paid() {
    return claim()
        .map(
            c ->
                Money.total(
                    c.shipment().currency(),
                    payments().stream().filter(Payment::isEffective).map(Payment::amount).toList()));
  }

  /** {@return the sum recovered from the claimant; empty before the claim is reported} */
  public final Optional<Money> recovered() {
    return claim().map(c -> Money.total(c.shipment().currency(), recoveries()));
  }

  /** {@return whether the binding offer is paid in full} */
  public final boolean isFullyPaid() {
    return bindingOffer().isPresent()
        && paid().isPresent()
        && !paid().get().isLessThan(bindingOffer().get().total());
  }

  /**
   * The running deadlines missed at {@code now}, as recorded in the events ({@link
   * ClaimWorkflow#overdue} counts provisional ones again on today's calendar).
   *
   * @param now the time asked about
   * @return those deadlines, earliest first
   */
  public final List<Deadline> overdueAt(Instant now) {
    return deadlines().stream()
        .filter(d -> d.isMissedAt(now))
        .sorted(Comparator.comparing(Deadline::dueBefore).thenComparing(Deadline::serviceLevel))
        .toList();
  }

  /** {@return the running deadline due first, as recorded; empty when no clock runs} */
  public final Optional<Deadline> nextDeadline() {
    return deadlines().stream()
        .min(Comparator.comparing(Deadline::dueBefore).thenComparing(Deadline::serviceLevel));
  }

  /**
   * The time spent waiting for the claimant, up to {@code now} for a wait still open.
   *
   * @param now the time asked about
   * @return the total, never negative
   */
  public final Duration timeWaitingForClaimant(Instant now) {
    return claimantWaits().stream().map(w -> w.length(now)).reduce(Duration.ZERO, Duration::plus);
  }
}
