package io.parcelclaims.workflow;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimClosed;
import io.parcelclaims.workflow.event.ClaimCorrected;
import io.parcelclaims.workflow.event.ClaimEscalated;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.ClaimRejected;
import io.parcelclaims.workflow.event.ClaimReopened;
import io.parcelclaims.workflow.event.ClaimReported;
import io.parcelclaims.workflow.event.ClaimReturnedForCorrection;
import io.parcelclaims.workflow.event.ClaimVerified;
import io.parcelclaims.workflow.event.ClaimWithdrawn;
import io.parcelclaims.workflow.event.CounterOfferMade;
import io.parcelclaims.workflow.event.DeadlineStarted;
import io.parcelclaims.workflow.event.EscalationResolved;
import io.parcelclaims.workflow.event.EvidenceRequested;
import io.parcelclaims.workflow.event.EvidenceReviewed;
import io.parcelclaims.workflow.event.EvidenceSubmitted;
import io.parcelclaims.workflow.event.FindingRecorded;
import io.parcelclaims.workflow.event.FollowUpRecorded;
import io.parcelclaims.workflow.event.InvestigationConcluded;
import io.parcelclaims.workflow.event.InvestigationOpened;
import io.parcelclaims.workflow.event.OfferAccepted;
import io.parcelclaims.workflow.event.OfferApproved;
import io.parcelclaims.workflow.event.OfferDeclined;
import io.parcelclaims.workflow.event.OfferProposed;
import io.parcelclaims.workflow.event.PaymentFailed;
import io.parcelclaims.workflow.event.PaymentRecorded;
import io.parcelclaims.workflow.event.ReceiptConfirmed;
import io.parcelclaims.workflow.event.RecoveryRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fold: one event applied to a state. Pure, and never calls a policy or reads the service-level
 * configuration, so replay gives the same state whatever has changed since.
 */
final class Evolution {
  private Evolution() {}

  static ClaimState evolve(ClaimState state, ClaimEvent event) {
    if (event.version() != state.version() + 1) {
      throw new IllegalArgumentException(
          "event " + event.type() + " has version " + event.version() + " but the state is at "
              + state.version());
    }
    if (state.claimId().isPresent() && !state.claimId().get().equals(event.claimId())) {
      throw new IllegalArgumentException(
          "event for claim " + event.claimId() + " applied to claim " + state.claimId().get());
    }
    if (state.claimId().isEmpty() && !(event instanceof ClaimReported)) {
      throw new IllegalArgumentException("the first event of a claim is " + ClaimReported.TYPE
          + ", not " + event.type());
    }
    ClaimState after = apply(state, event);
    after = after.withVersion(event.version()).withLastEventAt(event.at());
    if (!state.appliedCommands().contains(event.commandId())) {
      after = after.withAppliedCommands(plus(state.appliedCommands(), event.commandId()));
    }
    if (after.status() != ClaimStatus.ESCALATED) {
      after = after.withEscalatedFrom(Optional.empty()).withEscalation(Optional.empty());
    }
    after = waits(state.status(), after, event.at());
    return Clocks.settle(after, event.at());
  }

  private static ClaimState waits(ClaimStatus before, ClaimState s, Instant at) {
    boolean was = before.waitsForClaimant();
    boolean is = s.status().waitsForClaimant();
    if (!was && is) {
      return s.withClaimantWaits(plus(s.claimantWaits(), new ClaimantWait(at, Optional.empty())));
    }
    if (was && !is && !s.claimantWaits().isEmpty()) {
      List<ClaimantWait> waits = new ArrayList<>(s.claimantWaits());
      ClaimantWait open = waits.remove(waits.size() - 1);
      waits.add(new ClaimantWait(open.from(), Optional.of(at)));
      return s.withClaimantWaits(waits);
    }
    return s;
  }

  // one branch per event type; each says only what that fact changes
  private static ClaimState apply(ClaimState s, ClaimEvent e) {
    if (e instanceof ClaimReported r) {
      return s.withClaim(r.claim()).withLinkedClaims(r.linkedClaims()).withStatus(ClaimStatus.REPORTED);
    } else if (e instanceof ClaimReturnedForCorrection) {
      return firstResponse(s, e).withStatus(ClaimStatus.RETURNED_FOR_CORRECTION);
    } else if (e instanceof ClaimCorrected c) {
      return s.withClaim(c.claim()).withStatus(ClaimStatus.REPORTED);
    } else if (e instanceof ClaimVerified) {
      return firstResponse(s, e).withStatus(ClaimStatus.VERIFIED);
    } else if (e instanceof InvestigationOpened) {
      return s.withStatus(ClaimStatus.INVESTIGATING);
    } else if (e instanceof FindingRecorded f) {
      return s.withClaim(claim(s).withAddedEvidence(f.evidence()));
    } else if (e instanceof InvestigationConcluded c) {
      return s.withFinding(c.finding()).withRootCause(c.rootCause()).withStatus(ClaimStatus.INVESTIGATED);
    } else if (e instanceof EvidenceRequested r) {
      return s.withEvidenceRequested(r.missing()).withStatus(ClaimStatus.AWAITING_EVIDENCE);
    } else if (e instanceof EvidenceSubmitted sub) {
      List<Evidence> all = new ArrayList<>(claim(s).evidence());
      all.addAll(sub.evidence());
      return s.withClaim(claim(s).withEvidence(all)).withStatus(ClaimStatus.EVIDENCE_IN_REVIEW);
    } else if (e instanceof EvidenceReviewed r) {
      List<Evidence> all = new ArrayList<>();
      for (Evidence item : claim(s).evidence()) {
        all.add(item.id().equals(r.evidenceId()) ? item.withReviewStatus(r.status()) : item);
      }
      return s.withClaim(claim(s).withEvidence(all));
    } else if (e instanceof ClaimAssessed a) {
      return withoutOffer(s)
          .withAssessment(a.assessment())
          .withAssessmentVersion(a.version())
          .withEvidenceRequested(
              a.assessment().outcome() == Outcome.NEEDS_EVIDENCE
                  ? a.assessment().missingEvidence()
                  : s.evidenceRequested())
          .withStatus(ClaimStatus.ASSESSED);
    } else if (e instanceof OfferProposed o) {
      Offer offer = new Offer(o.version(), o.actor(), o.lines(), o.paymentMethod(),
          o.assessmentVersion(), o.approvalGrounds(), o.goodwillReason());
      return withoutOffer(s).withOffer(offer).withStatus(ClaimStatus.OFFERED);
    } else if (e instanceof CounterOfferMade c) {
      return s.withCounterOffer(c.amount()).withApproval(Optional.empty()).withStatus(ClaimStatus.NEGOTIATING);
    } else if (e instanceof OfferDeclined) {
      return s.withStatus(ClaimStatus.NEGOTIATING);
    } else if (e instanceof OfferAccepted) {
      return s.withOfferAccepted(true).withStatus(ClaimStatus.AGREED);
    } else if (e instanceof OfferApproved a) {
      return s.withApproval(new Approval(a.actor(), a.assessmentVersion(), a.offerVersion(), a.at()));
    } else if (e instanceof PaymentRecorded p) {
      ClaimState paid = s.withPayments(
          plus(s.payments(), new Payment(p.reference(), p.amount(), p.method(), p.at(), Optional.empty())));
      return paid.isFullyPaid() ? paid.withStatus(ClaimStatus.PAID) : paid;
    } else if (e instanceof PaymentFailed f) {
      List<Payment> payments = new ArrayList<>();
      for (Payment p : s.payments()) {
        payments.add(p.reference().equals(f.reference()) && p.isEffective()
            ? new Payment(p.reference(), p.amount(), p.method(), p.at(), Optional.of(f.failure()))
            : p);
      }
      return s.withPayments(payments).withStatus(ClaimStatus.AGREED);
    } else if (e instanceof ReceiptConfirmed) {
      return s.withStatus(ClaimStatus.RECEIPT_CONFIRMED);
    } else if (e instanceof FollowUpRecorded f) {
      ClaimState followed = f.satisfaction().isPresent() ? s.withSatisfaction(f.satisfaction()) : s;
      return s.status() == ClaimStatus.RECEIPT_CONFIRMED
          ? followed.withStatus(ClaimStatus.FOLLOWED_UP)
          : followed;
    } else if (e instanceof ClaimClosed) {
      return s.withStatus(ClaimStatus.CLOSED);
    } else if (e instanceof ClaimWithdrawn) {
      return s.withStatus(ClaimStatus.WITHDRAWN);
    } else if (e instanceof ClaimRejected r) {
      return firstResponse(s, e).withDenialReasons(r.reasons()).withStatus(ClaimStatus.REJECTED);
    } else if (e instanceof ClaimEscalated esc) {
      ClaimStatus from = s.status() == ClaimStatus.ESCALATED
          ? s.escalatedFrom().orElse(ClaimStatus.ESCALATED)
          : s.status();
      return s.withEscalatedFrom(from).withEscalation(esc.target()).withStatus(ClaimStatus.ESCALATED);
    } else if (e instanceof EscalationResolved) {
      return s.withStatus(s.escalatedFrom().orElse(s.status()));
    } else if (e instanceof ClaimReopened r) {
      return s.withReopenReason(r.reason()).withStatus(ClaimStatus.REOPENED);
    } else if (e instanceof RecoveryRecorded r) {
      return s.withRecoveries(plus(s.recoveries(), r.amount()));
    } else if (e instanceof DeadlineStarted d) {
      return started(s, d.deadline());
    }
    throw new IllegalArgumentException("unknown event type " + e.type());
  }

  private static ClaimState started(ClaimState s, Deadline deadline) {
    List<Deadline> running = new ArrayList<>();
    boolean replaced = false;
    for (Deadline d : s.deadlines()) {
      if (d.serviceLevel().equals(deadline.serviceLevel())) {
        running.add(deadline);
        replaced = true;
      } else {
        running.add(d);
      }
    }
    if (!replaced) {
      running.add(deadline);
    }
    return s.withDeadlines(running);
  }

  private static ClaimState withoutOffer(ClaimState s) {
    return s.withOffer(Optional.empty())
        .withApproval(Optional.empty())
        .withCounterOffer(Optional.empty())
        .withOfferAccepted(false);
  }

  private static ClaimState firstResponse(ClaimState s, ClaimEvent e) {
    return s.firstResponseAt().isPresent() ? s : s.withFirstResponseAt(e.at());
  }

  private static Claim claim(ClaimState s) {
    return s.claim().orElseThrow(() -> new IllegalStateException("no claim reported"));
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }
}
