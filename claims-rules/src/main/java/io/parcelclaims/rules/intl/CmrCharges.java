package io.parcelclaims.rules.intl;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.policy.MessageArg;
import io.parcelclaims.policy.RuleResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * CMR Art. 23(4): the carriage charges refunded in full on total loss and pro rata on partial loss
 * (DOMAIN.md §5). Pro rata is by weight: the charges × affected weight / gross weight, exact until
 * one rounding; the SDK decides this share (the text says only "pro rata"), because Art. 23(3)
 * measures a partial loss by its weight too. Nothing is refunded on delay: Art. 23(5) pays the
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
    if (!ConventionParts.PARTIAL_DAMAGE_OR_SHORT.test(e.claim(), e.context())) {
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
}
