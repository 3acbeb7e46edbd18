package io.parcelclaims.rules.cn;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Denials that cite their article: the first that holds decides, and its step names the reason and
 * the source (民法典 Art. 832, 590; 邮政法 Art. 45, 48).
 */
final class Denials {
  /** A denial: its rule id, the message citing the article ({@code {0}} the reason), when, and why. */
  record Denial(String ruleId, String messageKey, Condition when, DenialReason reason) {}

  private final List<Denial> denials;

  Denials(List<Denial> denials) {
    this.denials = List.copyOf(denials);
  }

  /** The assessment of the first denial that holds, under the policy's id; empty when none does. */
  Optional<Assessment> first(PolicyId policy, Claim claim, AssessmentContext context) {
    for (Denial d : denials) {
      if (d.when().test(claim, context)) {
        return Optional.of(denied(policy, d, claim, context));
      }
    }
    return Optional.empty();
  }

  private static Assessment denied(PolicyId policy, Denial d, Claim claim, AssessmentContext context) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(d.when().code(), MessageArg.code("true")));
    context
        .rootCause()
        .filter(cause -> cause.defence().filter(d.reason()::equals).isPresent())
        .map(RootCause::code)
        .ifPresent(code -> facts.add(new Fact("rootCause", MessageArg.code(code))));
    ExplanationStep.Builder step = ExplanationStep.builder();
    step.rule(PolicyId.of(d.ruleId(), policy.version()))
        .messageKey(d.messageKey())
        .addArguments(MessageArg.code(d.reason().code()))
        .addAllFacts(facts);
    ExplanationStep.Builder root = ExplanationStep.builder();
    root.rule(policy).messageKey("explain.policy").addArguments(MessageArg.code(policy.toString())).addChildren(step.build());
    Assessment.Builder a = Assessment.builder();
    a.policy(policy)
        .outcome(Outcome.DENIED)
        .addDenialReasons(d.reason())
        .currency(claim.shipment().currency())
        .explanation(root.build());
    return a.build();
  }
}
