package io.parcelclaims.notice;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.servicelevel.ServiceClock;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress notice of each claim event: what the claimant is told, as a code and parameters.
 * Every event has one. The first parameter is always the claim id; the others are amounts, dates,
 * codes and counts, never personal data.
 *
 * <p>Evidence kinds, denial reasons, payment methods and the paths of fields to correct are
 * {@linkplain MessageArg#terms terms}, so that {@link NoticeRenderer} shows them as words: their
 * keys start with {@link #EVIDENCE_TERMS}, {@link #DENIAL_TERMS}, {@link #PAYMENT_TERMS} and {@link
 * #FIELD_TERMS}. A carrier that adds its own codes adds their terms to its own bundle.
 *
 * @since 0.1.0
 */
public final class ProgressNotices {
  /** The prefix of evidence kinds' terms: {@code term.evidence.E04}. */
  public static final String EVIDENCE_TERMS = "term.evidence";

  /** The prefix of denial reasons' terms: {@code term.denial.TIME_BARRED}. */
  public static final String DENIAL_TERMS = "term.denial";

  /** The prefix of payment methods' terms: {@code term.payment.alipay}. */
  public static final String PAYMENT_TERMS = "term.payment";

  /** The prefix of the terms of a claim's field paths: {@code term.field.shipment.waybill}. */
  public static final String FIELD_TERMS = "term.field";

  private ProgressNotices() {}

  /**
   * The notice of an event.
   *
   * @param event the event
   * @return its notice
   */
  public static ProgressNotice of(ClaimEvent event) {
    MessageArg claim = MessageArg.code(event.claimId().value());
    if (event instanceof ClaimReported e) {
      return ProgressNotice.of("notice.claim-reported", claim,
          MessageArg.code(e.claim().shipment().waybill().toString()));
    } else if (event instanceof ClaimReturnedForCorrection e) {
      return ProgressNotice.of("notice.claim-returned-for-correction", claim,
          MessageArg.terms(FIELD_TERMS, e.fieldsToCorrect()));
    } else if (event instanceof ClaimCorrected) {
      return ProgressNotice.of("notice.claim-corrected", claim);
    } else if (event instanceof ClaimVerified) {
      return ProgressNotice.of("notice.claim-verified", claim);
    } else if (event instanceof InvestigationOpened) {
      return ProgressNotice.of("notice.investigation-opened", claim);
    } else if (event instanceof FindingRecorded) {
      return ProgressNotice.of("notice.finding-recorded", claim);
    } else if (event instanceof InvestigationConcluded e) {
      return ProgressNotice.of("notice.investigation-concluded." + kebab(e.finding()), claim);
    } else if (event instanceof EvidenceRequested e) {
      return ProgressNotice.of("notice.evidence-requested", claim, kinds(e.missing()));
    } else if (event instanceof EvidenceSubmitted e) {
      return ProgressNotice.of("notice.evidence-submitted", claim, count(e.evidence().size()));
    } else if (event instanceof EvidenceReviewed e) {
      return ProgressNotice.of("notice.evidence-reviewed." + kebab(e.status()), claim,
          MessageArg.code(e.evidenceId().value()));
    } else if (event instanceof ClaimAssessed e) {
      return assessed(claim, e.assessment());
    } else if (event instanceof OfferProposed e) {
      // an offer awaiting approval is not announced: the claimant learns only that one is coming
      return e.approvalRequired()
          ? ProgressNotice.of("notice.offer-under-review", claim)
          : ProgressNotice.of("notice.offer-proposed", claim, MessageArg.money(e.total()),
              payment(e.paymentMethod()));
    } else if (event instanceof CounterOfferMade e) {
      return ProgressNotice.of("notice.counter-offer-made", claim, MessageArg.money(e.amount()));
    } else if (event instanceof OfferAccepted) {
      return ProgressNotice.of("notice.offer-accepted", claim);
    } else if (event instanceof OfferDeclined) {
      return ProgressNotice.of("notice.offer-declined", claim);
    } else if (event instanceof OfferApproved e) {
      // from 0.2.0 the approval announces the offer; one recorded earlier names no terms
      return e.total().isPresent()
          ? ProgressNotice.of("notice.offer-approved-and-offered", claim,
              MessageArg.money(e.total().get()), payment(e.paymentMethod().orElseThrow()))
          : ProgressNotice.of("notice.offer-approved", claim);
    } else if (event instanceof PaymentRecorded e) {
      return ProgressNotice.of("notice.payment-recorded", claim, MessageArg.money(e.amount()),
          payment(e.method()));
    } else if (event instanceof PaymentFailed e) {
      return ProgressNotice.of("notice.payment-failed." + kebab(e.failure()), claim,
          MessageArg.code(e.reference().value()));
    } else if (event instanceof ReceiptConfirmed) {
      return ProgressNotice.of("notice.receipt-confirmed", claim);
    } else if (event instanceof FollowUpRecorded) {
      return ProgressNotice.of("notice.follow-up-recorded", claim);
    } else if (event instanceof ClaimClosed) {
      return ProgressNotice.of("notice.claim-closed", claim);
    } else if (event instanceof ClaimWithdrawn) {
      return ProgressNotice.of("notice.claim-withdrawn", claim);
    } else if (event instanceof ClaimRejected e) {
      return ProgressNotice.of("notice.claim-rejected", claim, reasons(e.reasons()));
    } else if (event instanceof ClaimEscalated e) {
      return ProgressNotice.of("notice.claim-escalated." + kebab(e.target()), claim);
    } else if (event instanceof EscalationResolved) {
      return ProgressNotice.of("notice.escalation-resolved", claim);
    } else if (event instanceof ClaimReopened e) {
      return ProgressNotice.of("notice.claim-reopened." + kebab(e.reason()), claim);
    } else if (event instanceof RecoveryRecorded e) {
      return ProgressNotice.of("notice.recovery-recorded", claim, MessageArg.money(e.amount()));
    } else if (event instanceof DeadlineStarted e) {
      return ProgressNotice.of("notice.deadline-started." + kebab(e.deadline().clock()), claim,
          MessageArg.date(e.deadline().lastDay()));
    }
    throw new IllegalArgumentException("no notice for event type " + event.type());
  }

  /**
   * Every code {@link #of} can give, for carriers writing their own bundle and for tests that
   * check bundles are complete.
   *
   * @return the codes, in a fixed order
   */
  public static List<String> codes() {
    List<String> codes = new ArrayList<>(List.of(
        "notice.claim-reported", "notice.claim-returned-for-correction", "notice.claim-corrected",
        "notice.claim-verified", "notice.investigation-opened", "notice.finding-recorded"));
    for (InvestigationFinding f : InvestigationFinding.values()) {
      codes.add("notice.investigation-concluded." + kebab(f));
    }
    codes.addAll(List.of("notice.evidence-requested", "notice.evidence-submitted"));
    for (ReviewStatus s : List.of(ReviewStatus.ACCEPTED, ReviewStatus.REJECTED)) {
      codes.add("notice.evidence-reviewed." + kebab(s));
    }
    for (Outcome o : Outcome.values()) {
      codes.add("notice.claim-assessed." + kebab(o));
    }
    codes.addAll(List.of("notice.offer-proposed", "notice.offer-under-review",
        "notice.counter-offer-made", "notice.offer-accepted", "notice.offer-declined",
        "notice.offer-approved", "notice.offer-approved-and-offered", "notice.payment-recorded"));
    for (PaymentFailure f : PaymentFailure.values()) {
      codes.add("notice.payment-failed." + kebab(f));
    }
    codes.addAll(List.of("notice.receipt-confirmed", "notice.follow-up-recorded",
        "notice.claim-closed", "notice.claim-withdrawn", "notice.claim-rejected"));
    for (EscalationTarget t : EscalationTarget.values()) {
      codes.add("notice.claim-escalated." + kebab(t));
    }
    codes.add("notice.escalation-resolved");
    for (ReopenReason r : ReopenReason.values()) {
      codes.add("notice.claim-reopened." + kebab(r));
    }
    codes.add("notice.recovery-recorded");
    for (ServiceClock c : ServiceClock.values()) {
      codes.add("notice.deadline-started." + kebab(c));
    }
    return List.copyOf(codes);
  }

  private static ProgressNotice assessed(MessageArg claim, Assessment a) {
    String code = "notice.claim-assessed." + kebab(a.outcome());
    return switch (a.outcome()) {
      case PAYABLE -> ProgressNotice.of(code, claim, MessageArg.money(a.total()));
      case DENIED -> ProgressNotice.of(code, claim, reasons(a.denialReasons()));
      case NEEDS_EVIDENCE -> ProgressNotice.of(code, claim, kinds(a.missingEvidence()));
      case NOT_YET_DUE -> ProgressNotice.of(code, claim, MessageArg.date(a.dueOn().orElseThrow()));
    };
  }

  private static MessageArg kinds(List<EvidenceKind> kinds) {
    return MessageArg.terms(EVIDENCE_TERMS, kinds.stream().map(EvidenceKind::code).toList());
  }

  private static MessageArg reasons(List<DenialReason> reasons) {
    return MessageArg.terms(DENIAL_TERMS, reasons.stream().map(DenialReason::code).toList());
  }

  private static MessageArg payment(PaymentMethod method) {
    return MessageArg.terms(PAYMENT_TERMS, List.of(method.code()));
  }

  private static MessageArg count(int n) {
    return MessageArg.decimal(BigDecimal.valueOf(n));
  }

  private static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
