package io.parcelclaims.rules.intl;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.policy.Policies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;

/**
 * CMR Art. 23(4) and 25: the carriage charges refunded in full on total loss, and "in proportion to
 * the loss sustained" otherwise (docs/conventions.md, rev. 2026-12): on a partial loss (short contents) by
 * the share of the weight lost, charges × weight short / gross weight; on damage (Art. 25) by the
 * share of the value lost, charges × assessed loss / proved value of the whole consignment, the
 * share at most 1. Each is exact until one rounding. The refund stands beside the cap (Art. 23(4)
 * beside 23(3)) and survives wilful misconduct. Nothing is refunded on delay: Art. 23(5) pays the
 * proven loss only. Customs duties and other charges are not in the shipment and not computed.
 */
final class CmrCharges implements AmountRule {
  private final String id;

  CmrCharges(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    Money fee = e.claim().shipment().shippingFee();
    Fact feeFact = new Fact("shippingFee", MessageArg.money(fee));
    if (ConventionParts.LOSS_OR_TOTAL_DAMAGE.test(e.claim(), e.context())) {
      return RuleResult.amount(
          fee, e.step(id, "explain.intl.cmr.charges-in-full", MessageArg.money(fee)).addFacts(feeFact).after(fee).build());
    }
    if (ConventionParts.PARTIAL_DAMAGE.test(e.claim(), e.context())) {
      return byValue(e, fee, feeFact);
    }
    if (!ConventionParts.SHORT_CONTENTS.test(e.claim(), e.context())) {
      return RuleResult.amount(
          e.zero(), e.step(id, "explain.intl.cmr.no-charges-refunded", MessageArg.money(fee)).addFacts(feeFact).after(e.zero()).build());
    }
    Optional<BigDecimal> affected = WeightBasis.AFFECTED.of(e);
    if (affected.isEmpty()) {
      return RuleResult.missing(
          List.of(WeightBasis.AFFECTED_WEIGHT_EVIDENCE),
          e.step(id, "explain.evidence-missing", MessageArg.code(WeightBasis.AFFECTED_WEIGHT_EVIDENCE.code())).build());
    }
    BigDecimal gross = e.claim().shipment().grossWeightKg();
    int digits = e.currency().getDefaultFractionDigits();
    Money share = Money.of(e.currency(), fee.amount().multiply(affected.get()).divide(gross, digits, e.rounding()));
    return RuleResult.amount(
        share,
        e.step(
                id,
                "explain.intl.cmr.charges-pro-rata",
                MessageArg.money(fee),
                MessageArg.decimal(affected.get()),
                MessageArg.decimal(gross),
                MessageArg.money(share))
            .addFacts(
                feeFact,
                new Fact(WeightBasis.AFFECTED.factName(), MessageArg.decimal(affected.get())),
                new Fact(WeightBasis.GROSS.factName(), MessageArg.decimal(gross)))
            .after(share)
            .build());
  }

  /** Art. 25: the charges × value lost / value of the whole consignment. */
  private RuleResult byValue(Evaluation e, Money fee, Fact feeFact) {
    RuleResult lost = Policies.assessedLoss().evaluate(e);
    RuleResult whole = Policies.provedValue().evaluate(e);
    List<EvidenceKind> missing = new ArrayList<>();
    for (RuleResult r : List.of(lost, whole)) {
      if (r instanceof RuleResult.Missing m) {
        m.evidence().stream().filter(k -> !missing.contains(k)).forEach(missing::add);
      }
    }
    if (!missing.isEmpty()) {
      return RuleResult.missing(
          missing,
          e.step(id, "explain.evidence-missing", MessageArg.code(missing.stream().map(EvidenceKind::code).collect(Collectors.joining(", "))))
              .addChildren(lost.step(), whole.step())
              .build());
    }
    Money l = ((RuleResult.Amount) lost).value();
    Money v = ((RuleResult.Amount) whole).value();
    int digits = e.currency().getDefaultFractionDigits();
    BigDecimal rounded;
    if (l.isZero()) {
      rounded = BigDecimal.ZERO.setScale(digits);
    } else if (v.isZero() || !v.isGreaterThan(l)) {
      rounded = fee.amount().setScale(digits, e.rounding());
    } else {
      rounded = fee.amount().multiply(l.amount()).divide(v.amount(), digits, e.rounding());
    }
    Money share = Money.of(e.currency(), rounded);
    return RuleResult.amount(
        share,
        e.step(
                id,
                "explain.intl.cmr.charges-by-value",
                MessageArg.money(fee),
                MessageArg.money(l),
                MessageArg.money(v),
                MessageArg.money(share))
            .addFacts(feeFact)
            .after(share)
            .addChildren(lost.step(), whole.step())
            .build());
  }
}
