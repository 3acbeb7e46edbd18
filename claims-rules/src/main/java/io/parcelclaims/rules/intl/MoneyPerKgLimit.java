package io.parcelclaims.rules.intl;

import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;
import java.math.BigDecimal;

/**
 * A limit of so much money per kg of the shipment's gross weight, such as USD 20/kg. In the claim's
 * currency the product is exact and rounds once; in another currency it is converted with the
 * caller's exchange rate from that currency to the claim's, and the exact converted product rounds
 * once. A missing rate is the caller's omission: {@link IllegalArgumentException}.
 */
final class MoneyPerKgLimit implements AmountRule {
  private final String id;
  private final Money perKg;

  MoneyPerKgLimit(String id, Money perKg) {
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
    BigDecimal product = perKg.amount().multiply(kg);
    int digits = e.currency().getDefaultFractionDigits();
    if (perKg.currency().equals(e.currency())) {
      Money limit = Money.of(e.currency(), product.setScale(digits, e.rounding()));
      return RuleResult.amount(
          limit,
          e.step(id, "explain.intl.money-per-kg", MessageArg.money(perKg), MessageArg.decimal(kg), MessageArg.money(limit))
              .addFacts(new Fact(WeightBasis.GROSS.factName(), MessageArg.decimal(kg)))
              .after(limit)
              .build());
    }
    ExchangeRate rate =
        e.context().exchangeRates().stream()
            .filter(r -> r.from().equals(perKg.currency()) && r.to().equals(e.currency()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        e.rule(id) + " converts " + perKg.currency() + " to " + e.currency()
                            + " with the caller's rate: no such AssessmentContext.exchangeRates entry"));
    Money limit = Money.of(e.currency(), product.multiply(rate.rate()).setScale(digits, e.rounding()));
    return RuleResult.amount(
        limit,
        e.step(
                id,
                "explain.intl.money-per-kg-converted",
                MessageArg.money(perKg),
                MessageArg.decimal(kg),
                MessageArg.decimal(product),
                MessageArg.code(perKg.currency().getCurrencyCode()),
                MessageArg.decimal(rate.rate()),
                MessageArg.code(e.currency().getCurrencyCode()),
                MessageArg.date(rate.date()),
                MessageArg.money(limit))
            .addFacts(
                new Fact(WeightBasis.GROSS.factName(), MessageArg.decimal(kg)),
                new Fact("exchangeRate", MessageArg.decimal(rate.rate())),
                new Fact("exchangeRateDate", MessageArg.date(rate.date())))
            .after(limit)
            .build());
  }
}
