package io.parcelclaims.stored;

import static io.parcelclaims.stored.ValueForms.each;
import static io.parcelclaims.stored.ValueForms.eachRecord;
import static io.parcelclaims.stored.ValueForms.enumOf;
import static io.parcelclaims.stored.ValueForms.flag;
import static io.parcelclaims.stored.ValueForms.money;

import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimClosed;
import io.parcelclaims.workflow.event.ClaimCorrected;
import io.parcelclaims.workflow.event.ClaimEscalated;
import io.parcelclaims.workflow.event.ClaimRejected;
import io.parcelclaims.workflow.event.ClaimReopened;
import io.parcelclaims.workflow.event.ClaimReported;
import io.parcelclaims.workflow.event.ClaimReturnedForCorrection;
import io.parcelclaims.workflow.event.ClaimVerified;
import io.parcelclaims.workflow.event.ClaimWithdrawn;
import io.parcelclaims.workflow.event.CounterOfferMade;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's table of event forms: version 1 of every type as 0.1.0 wrote it, and the types raised
 * since, with the upcasters that read their older versions. {@link EventCodec} starts from it.
 */
final class StandardForms {
  private StandardForms() {}

  /**
   * {@return every type at its current version, in the order of the workflow's steps}
   *
   * <p>0.2.0: claim.deadline-started at version 2 ({@link DeadlineForms}); claim.reported,
   * claim.corrected, claim.assessed, claim.offer-proposed and claim.offer-approved at version 2
   * ({@link RevisedForms}).
   */
  static List<EventForm<?>> current() {
    Map<String, EventForm<?>> byType = new LinkedHashMap<>();
    versionOne().forEach(f -> byType.put(f.type(), f));
    RevisedForms.forms().forEach(f -> byType.put(f.type(), f));
    return List.copyOf(byType.values());
  }

  /** {@return the version-1 form of a type} */
  static EventForm<?> versionOne(String type) {
    return versionOne().stream().filter(f -> f.type().equals(type)).findFirst().orElseThrow();
  }

  /** {@return the SDK's upcasters, each from version 1 of a type raised since} */
  static List<Upcaster> upcasters() {
    List<Upcaster> all = new ArrayList<>(DeadlineForms.upcasters());
    all.addAll(RevisedForms.upcasters());
    return all;
  }

  /** {@return version 1 of every type, in the order of the workflow's steps; deadline-started at its own version} */
  static List<EventForm<?>> versionOne() {
    return List.of(
        EventForm.of(
            ClaimReported.TYPE, 1, ClaimReported.class,
            (e, f) -> f.record("claim", ValueForms.claim(e.claim()))
                .texts("linkedClaims", e.linkedClaims().stream().map(ClaimId::value).toList()),
            (h, f) -> new ClaimReported(
                h, ValueForms.claim(f.record("claim")),
                f.texts("linkedClaims").stream().map(ClaimId::of).toList())),
        EventForm.of(
            ClaimReturnedForCorrection.TYPE, 1, ClaimReturnedForCorrection.class,
            (e, f) -> f.texts("fieldsToCorrect", e.fieldsToCorrect()),
            (h, f) -> new ClaimReturnedForCorrection(h, f.texts("fieldsToCorrect"))),
        EventForm.of(
            ClaimCorrected.TYPE, 1, ClaimCorrected.class,
            (e, f) -> f.record("claim", ValueForms.claim(e.claim())),
            (h, f) -> new ClaimCorrected(h, ValueForms.claim(f.record("claim")))),
        EventForm.of(
            ClaimVerified.TYPE, 1, ClaimVerified.class,
            (e, f) -> f.putIfPresent("lastScanAt", e.lastScanAt(), StoredValue.Timestamp::new),
            (h, f) -> new ClaimVerified(h, f.optionalInstant("lastScanAt"))),
        EventForm.of(
            InvestigationOpened.TYPE, 1, InvestigationOpened.class,
            (e, f) -> {},
            (h, f) -> new InvestigationOpened(h)),
        EventForm.of(
            FindingRecorded.TYPE, 1, FindingRecorded.class,
            (e, f) -> f.record("evidence", ValueForms.evidence(e.evidence())),
            (h, f) -> new FindingRecorded(h, ValueForms.evidence(f.record("evidence")))),
        EventForm.of(
            InvestigationConcluded.TYPE, 1, InvestigationConcluded.class,
            (e, f) -> f.text("finding", e.finding().name()).text("rootCause", e.rootCause().code()),
            (h, f) -> new InvestigationConcluded(
                h, enumOf(InvestigationFinding.class, f, "finding"),
                RootCause.of(f.text("rootCause")))),
        EventForm.of(
            EvidenceRequested.TYPE, 1, EvidenceRequested.class,
            (e, f) -> f.texts("missing", e.missing().stream().map(EvidenceKind::code).toList()),
            (h, f) -> new EvidenceRequested(
                h, f.texts("missing").stream().map(EvidenceKind::of).toList())),
        EventForm.of(
            EvidenceSubmitted.TYPE, 1, EvidenceSubmitted.class,
            (e, f) -> f.list("evidence", each(e.evidence(), ValueForms::evidence)),
            (h, f) -> new EvidenceSubmitted(h, eachRecord(f, "evidence", ValueForms::evidence))),
        EventForm.of(
            EvidenceReviewed.TYPE, 1, EvidenceReviewed.class,
            (e, f) -> f.text("evidenceId", e.evidenceId().value()).text("status", e.status().name()),
            (h, f) -> new EvidenceReviewed(
                h, EvidenceId.of(f.text("evidenceId")), enumOf(ReviewStatus.class, f, "status"))),
        EventForm.of(
            ClaimAssessed.TYPE, 1, ClaimAssessed.class,
            (e, f) -> f.record("assessment", PolicyForms.assessment(e.assessment()))
                .record("context", PolicyForms.context(e.context())),
            (h, f) -> new ClaimAssessed(
                h, PolicyForms.assessment(f.record("assessment")),
                PolicyForms.context(f.record("context")))),
        EventForm.of(
            OfferProposed.TYPE, 1, OfferProposed.class,
            (e, f) -> f.list("lines", each(e.lines(), ValueForms::line))
                .text("paymentMethod", e.paymentMethod().code())
                .integer("assessmentVersion", e.assessmentVersion())
                .text("approvalRequired", Boolean.toString(e.approvalRequired())),
            (h, f) -> new OfferProposed(
                h, eachRecord(f, "lines", ValueForms::line),
                PaymentMethod.of(f.text("paymentMethod")),
                f.decimal("assessmentVersion").longValueExact(),
                flag(f, "approvalRequired"))),
        EventForm.of(
            CounterOfferMade.TYPE, 1, CounterOfferMade.class,
            (e, f) -> f.record("amount", money(e.amount())),
            (h, f) -> new CounterOfferMade(h, money(f.record("amount")))),
        EventForm.of(
            OfferAccepted.TYPE, 1, OfferAccepted.class,
            (e, f) -> f.integer("offerVersion", e.offerVersion()),
            (h, f) -> new OfferAccepted(h, f.decimal("offerVersion").longValueExact())),
        EventForm.of(
            OfferDeclined.TYPE, 1, OfferDeclined.class,
            (e, f) -> f.integer("offerVersion", e.offerVersion()),
            (h, f) -> new OfferDeclined(h, f.decimal("offerVersion").longValueExact())),
        EventForm.of(
            OfferApproved.TYPE, 1, OfferApproved.class,
            (e, f) -> f.integer("assessmentVersion", e.assessmentVersion())
                .integer("offerVersion", e.offerVersion()),
            (h, f) -> new OfferApproved(
                h, f.decimal("assessmentVersion").longValueExact(),
                f.decimal("offerVersion").longValueExact())),
        EventForm.of(
            PaymentRecorded.TYPE, 1, PaymentRecorded.class,
            (e, f) -> f.text("reference", e.reference().value())
                .record("amount", money(e.amount()))
                .text("method", e.method().code()),
            (h, f) -> new PaymentRecorded(
                h, PaymentReference.of(f.text("reference")), money(f.record("amount")),
                PaymentMethod.of(f.text("method")))),
        EventForm.of(
            PaymentFailed.TYPE, 1, PaymentFailed.class,
            (e, f) -> f.text("reference", e.reference().value()).text("failure", e.failure().name()),
            (h, f) -> new PaymentFailed(
                h, PaymentReference.of(f.text("reference")),
                enumOf(PaymentFailure.class, f, "failure"))),
        EventForm.of(
            ReceiptConfirmed.TYPE, 1, ReceiptConfirmed.class,
            (e, f) -> {},
            (h, f) -> new ReceiptConfirmed(h)),
        EventForm.of(
            FollowUpRecorded.TYPE, 1, FollowUpRecorded.class,
            (e, f) -> f.putIfPresent(
                    "satisfaction", e.satisfaction(),
                    s -> StoredRecord.builder().integer("score", s.score())
                        .integer("outOf", s.outOf()).build())
                .texts("categories", e.categories().stream().map(FeedbackCategory::code).toList())
                .putIfPresent("comment", e.comment(), StoredValue.Text::new),
            (h, f) -> new FollowUpRecorded(
                h,
                f.optionalRecord("satisfaction")
                    .map(s -> Satisfaction.of(s.integer("score"), s.integer("outOf"))),
                f.texts("categories").stream().map(FeedbackCategory::of).toList(),
                f.optionalText("comment"))),
        EventForm.of(
            ClaimClosed.TYPE, 1, ClaimClosed.class,
            (e, f) -> {},
            (h, f) -> new ClaimClosed(h)),
        EventForm.of(
            ClaimWithdrawn.TYPE, 1, ClaimWithdrawn.class,
            (e, f) -> {},
            (h, f) -> new ClaimWithdrawn(h)),
        EventForm.of(
            ClaimRejected.TYPE, 1, ClaimRejected.class,
            (e, f) -> f.texts("reasons", e.reasons().stream().map(DenialReason::code).toList()),
            (h, f) -> new ClaimRejected(h, ValueForms.denialReasons(f, "reasons"))),
        EventForm.of(
            ClaimEscalated.TYPE, 1, ClaimEscalated.class,
            (e, f) -> f.text("target", e.target().name()),
            (h, f) -> new ClaimEscalated(h, enumOf(EscalationTarget.class, f, "target"))),
        EventForm.of(
            EscalationResolved.TYPE, 1, EscalationResolved.class,
            (e, f) -> {},
            (h, f) -> new EscalationResolved(h)),
        EventForm.of(
            ClaimReopened.TYPE, 1, ClaimReopened.class,
            (e, f) -> f.text("reason", e.reason().name()),
            (h, f) -> new ClaimReopened(h, enumOf(ReopenReason.class, f, "reason"))),
        EventForm.of(
            RecoveryRecorded.TYPE, 1, RecoveryRecorded.class,
            (e, f) -> f.record("amount", money(e.amount()))
                .putIfPresent("policy", e.policy(), PolicyForms::policyId),
            (h, f) -> new RecoveryRecorded(
                h, money(f.record("amount")),
                f.find("policy").map(p -> PolicyForms.policyId(f, "policy")))),
        DeadlineForms.started());
  }
}
