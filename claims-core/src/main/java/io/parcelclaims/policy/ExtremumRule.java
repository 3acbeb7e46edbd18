package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.util.List;

/** The smallest or largest of several amounts. */
final class ExtremumRule implements AmountRule {
  private final String id;
  private final List<AmountRule> rules;
  private final boolean min;

  ExtremumRule(String id, List<AmountRule> rules, boolean min) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException(id + ": needs at least one rule");
    }
    this.id = id;
    this.rules = List.copyOf(rules);
    this.min = min;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    List<RuleResult> inputs = rules.stream().map(r -> r.evaluate(e)).toList();
    if (!Results.missing(inputs).isEmpty()) {
      return Results.missingFor(e, id, inputs);
    }
    Money pick = Results.value(inputs.get(0));
    for (RuleResult r : inputs) {
      pick = min ? pick.min(Results.value(r)) : pick.max(Results.value(r));
    }
    return RuleResult.amount(
        pick,
        e.step(id, min ? "explain.min-of" : "explain.max-of", MessageArg.money(pick))
            .after(pick)
            .addAllChildren(Results.steps(inputs))
            .build());
  }
}
