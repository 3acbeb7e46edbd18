package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;

/** An amount times a factor, rounded once. */
final class MultipliedRule implements AmountRule {
  private final String id;
  private final AmountRule inner;
  private final BigDecimal factor;

  MultipliedRule(String id, AmountRule inner, BigDecimal factor) {
    if (factor.signum() < 0) {
      throw new IllegalArgumentException(id + ": factor must not be negative, was " + factor);
    }
    this.id = id;
    this.inner = inner;
    this.factor = factor;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    RuleResult in = inner.evaluate(e);
    if (in instanceof RuleResult.Missing) {
      return Results.missingFor(e, id, java.util.List.of(in));
    }
    Money before = Results.value(in);
    Money after = before.multipliedBy(factor, e.rounding());
    return RuleResult.amount(
        after,
        e.step(id, "explain.multiplied", MessageArg.decimal(factor), MessageArg.money(before), MessageArg.money(after))
            .before(before)
            .after(after)
            .addChildren(in.step())
            .build());
  }
}
