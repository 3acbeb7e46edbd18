package io.parcelclaims.rules.carrier;

import io.parcelclaims.money.CurrencyMismatchException;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A limit by weight: a base amount plus an amount per kg of the shipment's gross weight, the weight
 * either as it is or rounded up to whole kg (EMS international [22], docs/reading.md). The product is
 * exact until one rounding with the tariff's mode.
 */
final class WeightLimit implements AmountRule {
  private final String id;
  private final Money base;
  private final Money perKg;
  private final boolean roundWeightUp;

  private WeightLimit(String id, Money base, Money perKg, boolean roundWeightUp) {
    if (!base.currency().equals(perKg.currency())) {
      throw new CurrencyMismatchException(base.currency(), perKg.currency());
    }
    this.id = id;
    this.base = base;
    this.perKg = perKg;
    this.roundWeightUp = roundWeightUp;
  }

  /** An amount per kg of the actual gross weight, such as USD 20/kg. */
  static WeightLimit perKg(String id, Money perKg) {
    return new WeightLimit(id, Money.zero(perKg.currency()), perKg, false);
  }

  /** A base plus an amount per kg, the weight rounded up to whole kg, such as 500 + 60 × w CNY. */
  static WeightLimit basePlusPerStartedKg(String id, Money base, Money perKg) {
    return new WeightLimit(id, base, perKg, true);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    if (!perKg.currency().equals(e.currency())) {
      throw new CurrencyMismatchException(perKg.currency(), e.currency());
    }
    BigDecimal gross = e.claim().shipment().grossWeightKg();
    BigDecimal kg = roundWeightUp ? gross.setScale(0, RoundingMode.CEILING) : gross;
    Money limit = base.plus(perKg.multipliedBy(kg, e.rounding()));
    var step =
        roundWeightUp
            ? e.step(
                id,
                "explain.carrier.weight-band-limit",
                MessageArg.money(base),
                MessageArg.money(perKg),
                MessageArg.decimal(kg),
                MessageArg.decimal(gross),
                MessageArg.money(limit))
            : e.step(id, "explain.carrier.per-kg-limit", MessageArg.money(perKg), MessageArg.decimal(kg), MessageArg.money(limit));
    return RuleResult.amount(limit, step.addFacts(new Fact("grossWeightKg", MessageArg.decimal(gross))).after(limit).build());
  }
}
