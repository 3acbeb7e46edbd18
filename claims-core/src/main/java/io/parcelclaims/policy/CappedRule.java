package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.util.List;

/** An amount capped by a limit; the cap may be contested or voidable. */
final class CappedRule implements AmountRule {
  /** The key of a contested cap that reduced an amount; the tariff looks for it. */
  static final String CONTESTED_APPLIED = "explain.contested-cap-applied";

  private final String id;
  private final AmountRule inner;
  private final AmountRule limit;
  private final boolean contested;
  private final Condition voidedWhen;

  CappedRule(String id, AmountRule inner, AmountRule limit, boolean contested, Condition voidedWhen) {
    this.id = id;
    this.inner = inner;
    this.limit = limit;
    this.contested = contested;
    this.voidedWhen = voidedWhen;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    List<RuleResult> inputs = List.of(inner.evaluate(e), limit.evaluate(e));
    if (!Results.missing(inputs).isEmpty()) {
      return Results.missingFor(e, id, inputs);
    }
    Money before = Results.value(inputs.get(0));
    Money cap = Results.value(inputs.get(1));
    String key;
    Money after = before;
    if (contested && e.contestedCapsSetAside()) {
      key = "explain.cap-set-aside";
    } else if (voidedWhen != null && voidedWhen.test(e.claim(), e.context())) {
      key = "explain.cap-void";
    } else if (before.isGreaterThan(cap)) {
      key = contested ? CONTESTED_APPLIED : "explain.cap-applied";
      after = cap;
    } else {
      key = "explain.cap-not-reached";
    }
    ExplanationStep.Builder step =
        e.step(id, key, MessageArg.money(cap), MessageArg.money(before), MessageArg.money(after));
    if (voidedWhen != null) {
      step.addFacts(new Fact(voidedWhen.code(), MessageArg.code(Boolean.toString(voidedWhen.test(e.claim(), e.context())))));
    }
    return RuleResult.amount(
        after, step.before(before).after(after).addAllChildren(Results.steps(inputs)).build());
  }
}
