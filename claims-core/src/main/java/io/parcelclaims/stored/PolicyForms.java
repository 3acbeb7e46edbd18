package io.parcelclaims.stored;

import static io.parcelclaims.stored.ValueForms.each;
import static io.parcelclaims.stored.ValueForms.eachRecord;
import static io.parcelclaims.stored.ValueForms.enumOf;
import static io.parcelclaims.stored.ValueForms.flag;
import static io.parcelclaims.stored.ValueForms.money;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Stored forms of an assessment and the context it was made in, so a recorded assessment replays
 * without the policy that made it.
 */
final class PolicyForms {
  private PolicyForms() {}

  static StoredValue policyId(PolicyId id) {
    return new StoredValue.Text(id.toString());
  }

  static PolicyId policyId(StoredRecord f, String name) {
    return PolicyId.parse(f.text(name));
  }

  // ---- assessment

  static StoredRecord assessment(Assessment a) {
    return StoredRecord.builder()
        .put("policy", policyId(a.policy()))
        .text("outcome", a.outcome().name())
        .texts("denialReasons", a.denialReasons().stream().map(DenialReason::code).toList())
        .texts("missingEvidence", a.missingEvidence().stream().map(EvidenceKind::code).toList())
        .putIfPresent("dueOn", a.dueOn(), StoredValue.Date::new)
        .list("lines", each(a.lines(), ValueForms::line))
        .text("currency", a.currency().getCurrencyCode())
        .record("explanation", step(a.explanation()))
        .putIfPresent("alternative", a.alternative(), PolicyForms::alternative)
        .build();
  }

  static Assessment assessment(StoredRecord f) {
    return Assessment.builder()
        .policy(policyId(f, "policy"))
        .outcome(enumOf(Outcome.class, f, "outcome"))
        .addAllDenialReasons(f.texts("denialReasons").stream().map(DenialReason::of).toList())
        .addAllMissingEvidence(f.texts("missingEvidence").stream().map(EvidenceKind::of).toList())
        .dueOn(f.optionalDate("dueOn"))
        .addAllLines(eachRecord(f, "lines", ValueForms::line))
        .currency(ValueForms.currency(f, "currency"))
        .explanation(step(f.record("explanation")))
        .alternative(f.optionalRecord("alternative").map(PolicyForms::alternative))
        .build();
  }

  static StoredRecord alternative(Alternative a) {
    return StoredRecord.builder()
        .text("reasonKey", a.reasonKey())
        .list("lines", each(a.lines(), ValueForms::line))
        .text("currency", a.currency().getCurrencyCode())
        .record("explanation", step(a.explanation()))
        .build();
  }

  static Alternative alternative(StoredRecord f) {
    return Alternative.builder()
        .reasonKey(f.text("reasonKey"))
        .addAllLines(eachRecord(f, "lines", ValueForms::line))
        .currency(ValueForms.currency(f, "currency"))
        .explanation(step(f.record("explanation")))
        .build();
  }

  static StoredRecord step(ExplanationStep s) {
    return StoredRecord.builder()
        .put("rule", policyId(s.rule()))
        .text("messageKey", s.messageKey())
        .list("arguments", each(s.arguments(), PolicyForms::argument))
        .list(
            "facts",
            each(
                s.facts(),
                fact ->
                    StoredRecord.builder()
                        .text("name", fact.name())
                        .record("value", argument(fact.value()))
                        .build()))
        .putIfPresent("before", s.before(), ValueForms::money)
        .putIfPresent("after", s.after(), ValueForms::money)
        .list("children", each(s.children(), PolicyForms::step))
        .text("chosen", Boolean.toString(s.chosen()))
        .build();
  }

  static ExplanationStep step(StoredRecord f) {
    return ExplanationStep.builder()
        .rule(policyId(f, "rule"))
        .messageKey(f.text("messageKey"))
        .addAllArguments(eachRecord(f, "arguments", PolicyForms::argument))
        .addAllFacts(
            eachRecord(
                f, "facts", r -> new Fact(r.text("name"), argument(r.record("value")))))
        .before(f.optionalRecord("before").map(ValueForms::money))
        .after(f.optionalRecord("after").map(ValueForms::money))
        .addAllChildren(eachRecord(f, "children", PolicyForms::step))
        .chosen(flag(f, "chosen"))
        .build();
  }

  static StoredRecord argument(MessageArg arg) {
    StoredRecord.Builder b = StoredRecord.builder();
    if (arg instanceof MessageArg.MoneyArg m) {
      return b.text("kind", "money").record("money", money(m.value())).build();
    } else if (arg instanceof MessageArg.DecimalArg d) {
      return b.text("kind", "decimal").decimal("decimal", d.value()).build();
    } else if (arg instanceof MessageArg.DateArg d) {
      return b.text("kind", "date").date("date", d.value()).build();
    } else if (arg instanceof MessageArg.DaysArg d) {
      return b.text("kind", "days").integer("days", d.value()).build();
    } else if (arg instanceof MessageArg.TermsArg t) {
      return b.text("kind", "terms").text("prefix", t.prefix()).texts("codes", t.codes()).build();
    }
    return b.text("kind", "code").text("code", ((MessageArg.CodeArg) arg).value()).build();
  }

  static MessageArg argument(StoredRecord f) {
    String kind = f.text("kind");
    return switch (kind) {
      case "money" -> MessageArg.money(money(f.record("money")));
      case "decimal" -> MessageArg.decimal(f.decimal("decimal"));
      case "date" -> MessageArg.date(f.date("date"));
      case "days" -> MessageArg.days(f.decimal("days").longValueExact());
      case "code" -> MessageArg.code(f.text("code"));
      case "terms" -> MessageArg.terms(f.text("prefix"), f.texts("codes"));
      default -> throw new StoredFormException("kind: unknown argument kind \"" + kind + "\"");
    };
  }

  // ---- context (claim.assessed v2: with rootCause and wilfulMisconduct; see RevisedForms)

  static StoredRecord context(AssessmentContext c) {
    return StoredRecord.builder()
        .date("governingDate", c.governingDate())
        .text("zone", c.zone().getId())
        .putIfPresent("finding", c.finding(), x -> new StoredValue.Text(x.name()))
        .putIfPresent("rootCause", c.rootCause(), x -> new StoredValue.Text(x.code()))
        .texts("defences", c.defences().stream().map(DenialReason::code).toList())
        .text("intentOrGrossNegligence", Boolean.toString(c.intentOrGrossNegligence()))
        .text("wilfulMisconduct", Boolean.toString(c.wilfulMisconduct()))
        .putIfPresent("provedValue", c.provedValue(), ValueForms::money)
        .putIfPresent("assessedLoss", c.assessedLoss(), ValueForms::money)
        .putIfPresent("affectedWeightKg", c.affectedWeightKg(), StoredValue.Decimal::of)
        .putIfPresent("salvageValue", c.salvageValue(), ValueForms::money)
        .putIfPresent(
            "sdrRate",
            c.sdrRate(),
            r ->
                StoredRecord.builder()
                    .text("currency", r.currency().getCurrencyCode())
                    .decimal("unitsPerSdr", r.unitsPerSdr())
                    .date("date", r.date())
                    .build())
        .list(
            "exchangeRates",
            each(
                c.exchangeRates(),
                r ->
                    StoredRecord.builder()
                        .text("from", r.from().getCurrencyCode())
                        .text("to", r.to().getCurrencyCode())
                        .decimal("rate", r.rate())
                        .date("date", r.date())
                        .build()))
        .list("priorPayouts", each(c.priorPayouts(), ValueForms::money))
        .text("capNoticeProven", Boolean.toString(c.capNoticeProven()))
        .build();
  }

  static AssessmentContext context(StoredRecord f) {
    ZoneId zone;
    try {
      zone = ZoneId.of(f.text("zone"));
    } catch (DateTimeException e) {
      throw new StoredFormException("zone: unknown zone \"" + f.text("zone") + "\"", e);
    }
    AssessmentContext.Builder b = AssessmentContext.builder();
    b.governingDate(f.date("governingDate"))
        .zone(zone)
        .addAllDefences(f.texts("defences").stream().map(DenialReason::of).toList())
        .intentOrGrossNegligence(flag(f, "intentOrGrossNegligence"))
        .wilfulMisconduct(flag(f, "wilfulMisconduct"))
        .rootCause(f.optionalText("rootCause").map(RootCause::of))
        .provedValue(f.optionalRecord("provedValue").map(ValueForms::money))
        .assessedLoss(f.optionalRecord("assessedLoss").map(ValueForms::money))
        .affectedWeightKg(f.optionalDecimal("affectedWeightKg"))
        .salvageValue(f.optionalRecord("salvageValue").map(ValueForms::money))
        .sdrRate(
            f.optionalRecord("sdrRate")
                .map(
                    r ->
                        new SdrRate(
                            ValueForms.currency(r, "currency"), r.decimal("unitsPerSdr"),
                            r.date("date"))))
        .addAllExchangeRates(
            eachRecord(
                f,
                "exchangeRates",
                r ->
                    new ExchangeRate(
                        ValueForms.currency(r, "from"),
                        ValueForms.currency(r, "to"),
                        r.decimal("rate"),
                        r.date("date"))))
        .addAllPriorPayouts(eachRecord(f, "priorPayouts", ValueForms::money))
        .capNoticeProven(flag(f, "capNoticeProven"));
    if (f.find("finding").isPresent()) {
      b.finding(enumOf(InvestigationFinding.class, f, "finding"));
    }
    return b.build();
  }
}
