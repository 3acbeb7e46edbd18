package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;

/** An amount less a fixed deductible or a percentage of itself, never below zero. */
final class DeductibleRule implements AmountRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String id;
  private final AmountRule inner;
  private final Money fixed;
  private final BigDecimal percent;

  DeductibleRule(String id, AmountRule inner, Money fixed, BigDecimal percent) {
    if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
      throw new IllegalArgumentException(id + ": percent must be from 0 to 100, was " + percent);
    }
    if (fixed != null && fixed.isNegative()) {
      throw new IllegalArgumentException(id + ": deductible must not be negative, was " + fixed);
    }
    this.id = id;
    this.inner = inner;
    this.fixed = fixed;
    this.percent = percent;
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
    Money deducted =
        fixed != null
            ? fixed
            : before.multipliedBy(percent.movePointLeft(2), e.rounding());
    Money after = before.minus(deducted).max(e.zero());
    MessageArg what = fixed != null ? MessageArg.money(fixed) : MessageArg.decimal(percent);
    String key = fixed != null ? "explain.deductible-fixed" : "explain.deductible-percent";
    return RuleResult.amount(
        after,
        e.step(id, key, what, MessageArg.money(before), MessageArg.money(after))
            .before(before)
            .after(after)
            .addChildren(in.step())
            .build());
  }
}
