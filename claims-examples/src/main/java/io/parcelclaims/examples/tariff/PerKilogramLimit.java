package io.parcelclaims.examples.tariff;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;
import java.math.BigDecimal;

/**
 * A policy author's own rule part: a limit per kilogram of gross weight, such as the 20 CNY/kg of
 * DHL's China-domestic terms (docs/carriers.md, [S] [25]). The product is rounded once with the
 * tariff's rounding mode.
 */
public final class PerKilogramLimit implements AmountRule {
  private final String id;
  private final Money perKg;

  /**
   * A limit of {@code perKg} for each kilogram of gross weight.
   *
   * @param id the rule's id
   * @param perKg the amount per kilogram
   */
  public PerKilogramLimit(String id, Money perKg) {
    this.id = id;
    this.perKg = perKg;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    BigDecimal kg = e.claim().shipment().grossWeightKg();
    Money limit = perKg.multipliedBy(kg, e.rounding());
    return RuleResult.amount(
        limit,
        e.step(id, "explain.multiplied", MessageArg.decimal(kg), MessageArg.money(perKg), MessageArg.money(limit))
            .addFacts(new Fact("grossWeightKg", MessageArg.decimal(kg)))
            .after(limit)
            .build());
  }
}
