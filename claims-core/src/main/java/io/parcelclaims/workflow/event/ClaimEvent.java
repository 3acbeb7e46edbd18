package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import java.time.Instant;

/**
 * A fact in a claim's history: one record per kind of fact, each with its {@link EventHeader}.
 *
 * <p>Events are what a carrier stores, for years. Each type has a stable name ({@link #type()},
 * also the record's {@code TYPE} constant) that is never derived from the Java class name. Fields
 * are plain values; lists keep their order; no event holds a claimant's name or contact, only the
 * party reference. Events are immutable values.
 *
 * @since 0.1.0
 */
public sealed interface ClaimEvent
    permits ClaimReported,
        ClaimReturnedForCorrection,
        ClaimCorrected,
        ClaimVerified,
        InvestigationOpened,
        FindingRecorded,
        InvestigationConcluded,
        EvidenceRequested,
        EvidenceSubmitted,
        EvidenceReviewed,
        ClaimAssessed,
        OfferProposed,
        CounterOfferMade,
        OfferAccepted,
        OfferDeclined,
        OfferApproved,
        PaymentRecorded,
        PaymentFailed,
        ReceiptConfirmed,
        FollowUpRecorded,
        ClaimClosed,
        ClaimWithdrawn,
        ClaimRejected,
        ClaimEscalated,
        EscalationResolved,
        ClaimReopened,
        RecoveryRecorded,
        DeadlineStarted {

  /** {@return the claim, version, causing command, actor and time} */
  EventHeader header();

  /** {@return the stable stored type name, such as {@code claim.reported}} */
  String type();

  /** {@return the claim} */
  default ClaimId claimId() {
    return header().claimId();
  }

  /** {@return the claim's version after this event: 1 for the first} */
  default long version() {
    return header().version();
  }

  /** {@return the command that caused the event} */
  default CommandId commandId() {
    return header().commandId();
  }

  /** {@return who acted} */
  default ActorId actor() {
    return header().actor();
  }

  /** {@return the actor's role} */
  default ActorRole role() {
    return header().role();
  }

  /** {@return when it happened: the causing command's time} */
  default Instant at() {
    return header().at();
  }
}
