package io.parcelclaims.rules.carrier;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.RuleResult;
import java.util.List;

/**
 * The declared (insured) value {@code I}, at most the proved actual value {@code V}: the
 * over-insured part is not paid (docs/carriers.md, SF "声明价值高于实际价值的，按实际价值赔偿" [21];
 * Civil Code Art. 584). Not a contested cap: it only keeps compensation at the actual loss.
 */
final class OverInsuranceCap implements AmountRule {
  private final String id;

  OverInsuranceCap(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    List<RuleResult> inputs = List.of(Policies.insuredAmount().evaluate(e), Policies.provedValue().evaluate(e));
    if (Parts.anyMissing(inputs)) {
      return Parts.missing(e, id, inputs);
    }
    Money insured = ((RuleResult.Amount) inputs.get(0)).value();
    Money actual = ((RuleResult.Amount) inputs.get(1)).value();
    boolean over = insured.isGreaterThan(actual);
    Money pays = over ? actual : insured;
    String key = over ? "explain.carrier.over-insurance-capped" : "explain.carrier.insured-within-value";
    return RuleResult.amount(
        pays,
        e.step(id, key, MessageArg.money(insured), MessageArg.money(actual), MessageArg.money(pays))
            .addFacts(new Fact("insuredAmount", MessageArg.money(insured)), new Fact("provedValue", MessageArg.money(actual)))
            .before(insured)
            .after(pays)
            .addAllChildren(inputs.stream().map(RuleResult::step).toList())
            .build());
  }
}
