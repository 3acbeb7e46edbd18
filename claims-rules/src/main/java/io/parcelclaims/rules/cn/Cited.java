package io.parcelclaims.rules.cn;

import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.RuleResult;

/**
 * A rule that yields what another yields and explains it by citing its legal source, so that an
 * explanation names the article a branch comes from.
 */
final class Cited implements AmountRule {
  private final String id;
  private final String messageKey;
  private final AmountRule inner;

  private Cited(String id, String messageKey, AmountRule inner) {
    this.id = id;
    this.messageKey = messageKey;
    this.inner = inner;
  }

  /** The rule {@code inner}, explained by the message {@code messageKey} (no arguments). */
  static AmountRule cite(String id, String messageKey, AmountRule inner) {
    return new Cited(id, messageKey, inner);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    RuleResult r = inner.evaluate(e);
    ExplanationStep.Builder step = e.step(id, messageKey).addChildren(r.step());
    if (r instanceof RuleResult.Missing m) {
      return RuleResult.missing(m.evidence(), step.build());
    }
    RuleResult.Amount a = (RuleResult.Amount) r;
    return RuleResult.amount(a.value(), step.after(a.value()).build());
  }
}
