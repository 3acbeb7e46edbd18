package io.parcelclaims.stored;

import static io.parcelclaims.stored.ValueForms.each;
import static io.parcelclaims.stored.ValueForms.eachRecord;
import static io.parcelclaims.stored.ValueForms.enumOf;
import static io.parcelclaims.stored.ValueForms.flag;
import static io.parcelclaims.stored.ValueForms.money;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
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
import io.parcelclaims.workflow.event.EventHeader;
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
import io.parcelclaims.value.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes claim events to their {@link StoredEvent stored form} and decodes them back, equal to
 * the original.
 *
 * <p>Every stored event starts with the same header fields ({@code claimId}, {@code version},
 * {@code commandId}, {@code actor}, {@code role}, {@code at}), followed by the fields of its type.
 * Decoding first runs the {@link Upcasters} registered, so an event stored under an older schema
 * version is read as the current one. Field names and type names are fixed in this class and never
 * derived from Java names. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EventCodec {
  private static final EventCodec STANDARD = builder().build();

  private final Map<String, EventForm<?>> byType;
  private final Map<Class<?>, EventForm<?>> byClass;
  private final Upcasters upcasters;

  private EventCodec(Map<String, EventForm<?>> byType, Upcasters upcasters) {
    this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    Map<Class<?>, EventForm<?>> classes = new LinkedHashMap<>();
    byType.values().forEach(f -> classes.put(f.eventClass(), f));
    this.byClass = Collections.unmodifiableMap(classes);
    this.upcasters = upcasters;
  }

  /**
   * The codec of the SDK's event types at their current schema versions, with the SDK's upcasters
   * from every earlier version (since 0.2.0; before, it had none), so a log written by an earlier
   * release decodes unchanged.
   *
   * @return the codec
   */
  public static EventCodec standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard forms and the SDK's upcasters} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stable type names, in the order of the workflow's steps} */
  public List<String> types() {
    return List.copyOf(byType.keySet());
  }

  /**
   * The schema version this codec writes for a type.
   *
   * @param type a stable type name
   * @return its current schema version
   * @throws StoredFormException if the type is unknown
   */
  public int schemaVersion(String type) {
    return form(type).version();
  }

  /**
   * The stored form of an event.
   *
   * @param event the event
   * @return its stored form
   * @throws IllegalArgumentException if no form is registered for the event's class
   */
  public StoredEvent encode(ClaimEvent event) {
    EventForm<?> form = byClass.get(event.getClass());
    if (form == null) {
      throw new IllegalArgumentException("no stored form for " + event.type());
    }
    EventHeader h = event.header();
    StoredRecord.Builder fields =
        StoredRecord.builder()
            .text("claimId", h.claimId().value())
            .integer("version", h.version())
            .text("commandId", h.commandId().value())
            .text("actor", h.actor().value())
            .text("role", h.role().name())
            .instant("at", h.at());
    form.write(event, fields);
    return new StoredEvent(form.type(), form.version(), fields.build());
  }

  /**
   * The stored forms of events, in order.
   *
   * @param events the events
   * @return their stored forms
   */
  public List<StoredEvent> encodeAll(List<? extends ClaimEvent> events) {
    List<StoredEvent> out = new ArrayList<>(events.size());
    events.forEach(e -> out.add(encode(e)));
    return out;
  }

  /**
   * The event a stored form holds, after upcasting it to the current schema version.
   *
   * @param stored the stored event
   * @return the event, equal to the one encoded
   * @throws StoredFormException if the type is unknown, the version cannot be brought to the
   *     current one, or a field is missing or malformed; the message names the type, version and
   *     field
   */
  public ClaimEvent decode(StoredEvent stored) {
    StoredEvent current = upcasters.upcast(stored);
    EventForm<?> form = form(current.type());
    if (current.schemaVersion() != form.version()) {
      throw new StoredFormException(
          current.type() + " v" + current.schemaVersion() + ": this codec reads v" + form.version()
              + " and no upcaster brings v" + current.schemaVersion() + " there");
    }
    try {
      StoredRecord f = current.fields();
      EventHeader header =
          new EventHeader(
              ClaimId.of(f.text("claimId")),
              f.decimal("version").longValueExact(),
              CommandId.of(f.text("commandId")),
              ActorId.of(f.text("actor")),
              enumOf(ActorRole.class, f, "role"),
              f.instant("at"));
      return form.read(header, f);
    } catch (StoredFormException | InvalidValueException | ArithmeticException e) {
      throw new StoredFormException(
          current.type() + " v" + current.schemaVersion() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The events stored forms hold, in order.
   *
   * @param stored the stored events
   * @return the events
   * @throws StoredFormException as {@link #decode} does
   */
  public List<ClaimEvent> decodeAll(List<StoredEvent> stored) {
    List<ClaimEvent> out = new ArrayList<>(stored.size());
    stored.forEach(s -> out.add(decode(s)));
    return out;
  }

  private EventForm<?> form(String type) {
    EventForm<?> form = byType.get(type);
    if (form == null) {
      throw new StoredFormException("unknown event type \"" + type + "\"");
    }
    return form;
  }

  /** {@return the types and versions, for logs} */
  @Override
  public String toString() {
    return "EventCodec" + byType.values();
  }

  /**
   * Builds an {@link EventCodec}: the standard forms, replaced or added to, and upcasters; the
   * SDK's upcasters (every type raised since 0.1.0, from version 1) are there unless one added
   * here reads the same type and version.
   */
  public static final class Builder {
    private final Map<String, EventForm<?>> byType = new LinkedHashMap<>();
    private final List<Upcaster> upcasters = new ArrayList<>();
    private final List<Upcaster> sdkUpcasters = new ArrayList<>();

    private Builder() {
      standardForms().forEach(f -> byType.put(f.type(), f));
      // 0.2.0: claim.deadline-started at version 2 (DeadlineForms); claim.reported, claim.corrected,
      // claim.assessed, claim.offer-proposed and claim.offer-approved at version 2 (RevisedForms),
      // each with its upcaster from version 1
      RevisedForms.forms().forEach(f -> byType.put(f.type(), f));
      sdkUpcasters.addAll(DeadlineForms.upcasters());
      sdkUpcasters.addAll(RevisedForms.upcasters());
    }

    /**
     * Uses a form for its type, replacing the standard one (a new schema version of the type).
     *
     * @param form the form
     * @return this builder
     * @throws IllegalArgumentException if another type already uses the form's event class
     */
    public Builder form(EventForm<?> form) {
      Objects.requireNonNull(form, "form");
      for (EventForm<?> other : byType.values()) {
        if (other.eventClass().equals(form.eventClass()) && !other.type().equals(form.type())) {
          throw new IllegalArgumentException(
              form.eventClass().getSimpleName() + " is already written as " + other.type());
        }
      }
      byType.put(form.type(), form);
      return this;
    }

    /**
     * Adds an upcaster, applied before decoding. It replaces the SDK's upcaster of the same type and
     * version, if there is one.
     *
     * @param upcaster the upcaster
     * @return this builder
     */
    public Builder upcaster(Upcaster upcaster) {
      upcasters.add(Objects.requireNonNull(upcaster, "upcaster"));
      return this;
    }

    /**
     * {@return the codec}
     *
     * @throws IllegalArgumentException if two upcasters added to this builder read the same type
     *     and version
     */
    public EventCodec build() {
      List<Upcaster> all = new ArrayList<>();
      for (Upcaster sdk : sdkUpcasters) {
        boolean replaced = upcasters.stream().anyMatch(
            u -> u.type().equals(sdk.type()) && u.fromVersion() == sdk.fromVersion());
        if (!replaced) {
          all.add(sdk);
        }
      }
      all.addAll(upcasters);
      return new EventCodec(byType, Upcasters.of(all));
    }
  }

  // ---- the standard forms, version 1 of every type unless its own forms class says otherwise;
  // RevisedForms replaces those raised since

  private static List<EventForm<?>> standardForms() {
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
