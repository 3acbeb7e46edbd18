package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.util.List;

/** An amount raised to at least a floor. */
final class FloorRule implements AmountRule {
  private final String id;
  private final AmountRule inner;
  private final AmountRule floor;

  FloorRule(String id, AmountRule inner, AmountRule floor) {
    this.id = id;
    this.inner = inner;
    this.floor = floor;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    List<RuleResult> inputs = List.of(inner.evaluate(e), floor.evaluate(e));
    if (!Results.missing(inputs).isEmpty()) {
      return Results.missingFor(e, id, inputs);
    }
    Money before = Results.value(inputs.get(0));
    Money min = Results.value(inputs.get(1));
    Money after = before.max(min);
    String key = after.equals(before) ? "explain.floor-not-reached" : "explain.floor-applied";
    return RuleResult.amount(
        after,
        e.step(id, key, MessageArg.money(min), MessageArg.money(before), MessageArg.money(after))
            .before(before)
            .after(after)
            .addAllChildren(Results.steps(inputs))
            .build());
  }
}
