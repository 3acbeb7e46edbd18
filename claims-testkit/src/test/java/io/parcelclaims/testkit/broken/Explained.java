package io.parcelclaims.testkit.broken;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import java.util.List;

/** Builds the assessments of the broken policies, each explained like an honest one unless the break is in the explanation. */
final class Explained {
  private Explained() {}

  static ExplanationStep step(PolicyId rule, String key, Money after) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(rule).messageKey(key).addArguments(MessageArg.money(after)).after(after).build();
  }

  static ExplanationStep root(PolicyId policy, ExplanationStep... children) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(policy).messageKey("explain.policy").addArguments(MessageArg.code(policy.toString())).addChildren(children).build();
  }

  /** A payable assessment of one compensation line, explained by one step, or of nothing when zero. */
  static Assessment pays(PolicyId policy, Claim claim, Money amount, String key) {
    Assessment.Builder b = Assessment.builder();
    b.policy(policy).outcome(Outcome.PAYABLE).currency(amount.currency()).explanation(root(policy, step(policy, key, amount)));
    if (!amount.isZero()) {
      b.addLines(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, amount));
    }
    return b.build();
  }

  static Money provedValue(Claim claim, AssessmentContext context) {
    return context.provedValue().orElse(Money.zero(claim.shipment().currency()));
  }

  static List<SettlementLine> none() {
    return List.of();
  }
}
