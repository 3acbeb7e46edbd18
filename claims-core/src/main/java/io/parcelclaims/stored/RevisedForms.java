package io.parcelclaims.stored;

import static io.parcelclaims.stored.ValueForms.each;
import static io.parcelclaims.stored.ValueForms.eachRecord;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.workflow.event.ApprovalGround;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimCorrected;
import io.parcelclaims.workflow.event.ClaimReported;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.InputOverride;
import io.parcelclaims.workflow.event.OfferApproved;
import io.parcelclaims.workflow.event.OfferProposed;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored forms that 0.2.0 raised to schema version 2, and the upcasters that read their
 * version 1. Every form here is registered in {@link EventCodec#standard()} in place of version 1,
 * and every upcaster with it, so a log written by 0.1 decodes unchanged.
 *
 * <ul>
 *   <li>{@code claim.reported}, {@code claim.corrected} v2: the shipment may hold {@code statedValue}
 *       and {@code declaredInterestInDelivery}; v1 had neither, so v1 is read as it stands.
 *   <li>{@code claim.assessed} v2: the context holds {@code rootCause} (when known) and {@code
 *       wilfulMisconduct}; the event holds {@code overrides}. v1 is read with no root cause, no wilful
 *       misconduct and no overrides, which is what the 0.1 workflow gave the policy.
 *   <li>{@code claim.offer-proposed} v2: {@code approvalGrounds} replaces the flag {@code
 *       approvalRequired} (true is read as {@code ABOVE_AUTHORITY_LIMIT}), and a goodwill offer holds
 *       {@code goodwillReason}.
 *   <li>{@code claim.offer-approved} v2: the approved offer's {@code total} and {@code paymentMethod};
 *       v1 is read without them.
 * </ul>
 */
final class RevisedForms {
  private RevisedForms() {}

  static List<EventForm<?>> forms() {
    return List.of(
        // the same fields as version 1; the claim's record inside gained fields a 0.1.0 reader lacks
        StandardForms.versionOne(ClaimReported.TYPE).atVersion(2),
        StandardForms.versionOne(ClaimCorrected.TYPE).atVersion(2),
        EventForm.of(
            ClaimAssessed.TYPE, 2, ClaimAssessed.class,
            (e, f) -> f.record("assessment", PolicyForms.assessment(e.assessment()))
                .record("context", PolicyForms.context(e.context()))
                .list("overrides", each(e.overrides(), RevisedForms::override)),
            (h, f) -> new ClaimAssessed(
                h, PolicyForms.assessment(f.record("assessment")),
                PolicyForms.context(f.record("context")),
                eachRecord(f, "overrides", RevisedForms::override))),
        EventForm.of(
            OfferProposed.TYPE, 2, OfferProposed.class,
            (e, f) -> f.list("lines", each(e.lines(), ValueForms::line))
                .text("paymentMethod", e.paymentMethod().code())
                .integer("assessmentVersion", e.assessmentVersion())
                .texts("approvalGrounds", e.approvalGrounds().stream().map(ApprovalGround::name).toList())
                .putIfPresent("goodwillReason", e.goodwillReason(), StoredValue.Text::new),
            (h, f) -> consistent(() -> new OfferProposed(
                h, eachRecord(f, "lines", ValueForms::line),
                PaymentMethod.of(f.text("paymentMethod")),
                f.decimal("assessmentVersion").longValueExact(),
                grounds(f),
                f.optionalText("goodwillReason")))),
        EventForm.of(
            OfferApproved.TYPE, 2, OfferApproved.class,
            (e, f) -> f.integer("assessmentVersion", e.assessmentVersion())
                .integer("offerVersion", e.offerVersion())
                .putIfPresent("total", e.total(), ValueForms::money)
                .putIfPresent("paymentMethod", e.paymentMethod(), m -> new StoredValue.Text(m.code())),
            (h, f) -> consistent(() -> new OfferApproved(
                h, f.decimal("assessmentVersion").longValueExact(),
                f.decimal("offerVersion").longValueExact(),
                f.optionalRecord("total").map(ValueForms::money),
                f.optionalText("paymentMethod").map(PaymentMethod::of)))));
  }

  static List<Upcaster> upcasters() {
    return List.of(
        // v1 shipments have no stated value or declared interest: nothing to rewrite
        Upcaster.of(ClaimReported.TYPE, 1, f -> f),
        Upcaster.of(ClaimCorrected.TYPE, 1, f -> f),
        Upcaster.of(ClaimAssessed.TYPE, 1, f -> {
          StoredRecord context = after(f.record("context"), "intentOrGrossNegligence",
              "wilfulMisconduct", new StoredValue.Text("false"));
          return plus(replaced(f, "context", context), "overrides", new StoredValue.Sequence(List.of()));
        }),
        Upcaster.of(OfferProposed.TYPE, 1, f -> {
          boolean required = ValueForms.flag(f, "approvalRequired");
          List<StoredValue> grounds = required
              ? List.of(new StoredValue.Text(ApprovalGround.ABOVE_AUTHORITY_LIMIT.name()))
              : List.of();
          return plus(f.without("approvalRequired"), "approvalGrounds", new StoredValue.Sequence(grounds));
        }),
        // v1 approvals did not repeat the offer's terms: they stay absent
        Upcaster.of(OfferApproved.TYPE, 1, f -> f));
  }

  /** An event whose fields contradict each other is a malformed stored form, not a bug. */
  private static <E> E consistent(java.util.function.Supplier<E> event) {
    try {
      return event.get();
    } catch (IllegalArgumentException e) {
      if (e instanceof io.parcelclaims.value.InvalidValueException) {
        throw e;
      }
      throw new StoredFormException(e.getMessage(), e);
    }
  }

  private static StoredRecord override(InputOverride o) {
    return StoredRecord.builder().text("input", o.input().code()).text("reason", o.reason()).build();
  }

  private static InputOverride override(StoredRecord f) {
    String code = f.text("input");
    EvidencedInput input;
    try {
      input = EvidencedInput.ofCode(code);
    } catch (IllegalArgumentException e) {
      throw new StoredFormException("input: unknown evidenced input \"" + code + "\"", e);
    }
    return new InputOverride(input, f.text("reason"));
  }

  private static List<ApprovalGround> grounds(StoredRecord f) {
    List<ApprovalGround> grounds = new ArrayList<>();
    for (String name : f.texts("approvalGrounds")) {
      try {
        grounds.add(ApprovalGround.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new StoredFormException("approvalGrounds: unknown ground \"" + name + "\"", e);
      }
    }
    return grounds;
  }

  // ---- field edits for upcasters: the order of the fields is kept

  private static StoredRecord plus(StoredRecord f, String name, StoredValue value) {
    List<StoredRecord.Field> fields = new ArrayList<>(f.fields());
    fields.add(new StoredRecord.Field(name, value));
    return StoredRecord.of(fields);
  }

  private static StoredRecord after(StoredRecord f, String anchor, String name, StoredValue value) {
    List<StoredRecord.Field> fields = new ArrayList<>();
    boolean placed = false;
    for (StoredRecord.Field field : f.fields()) {
      fields.add(field);
      if (field.name().equals(anchor)) {
        fields.add(new StoredRecord.Field(name, value));
        placed = true;
      }
    }
    if (!placed) {
      fields.add(new StoredRecord.Field(name, value));
    }
    return StoredRecord.of(fields);
  }

  private static StoredRecord replaced(StoredRecord f, String name, StoredValue value) {
    List<StoredRecord.Field> fields = new ArrayList<>();
    for (StoredRecord.Field field : f.fields()) {
      fields.add(field.name().equals(name) ? new StoredRecord.Field(name, value) : field);
    }
    return StoredRecord.of(fields);
  }
}
