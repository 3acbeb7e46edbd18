package io.parcelclaims.rules.cn;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.RuleResult;

/**
 * An amount whose limits cannot be invoked: the greater of what the limited rule yields and the
 * actual loss (民法典 Art. 506 against intent or gross negligence; 邮政法 Art. 47 ¶3; docs/postal-law.md,
 * docs/express-civil-code.md). The limited amount is never lowered: the article stops the limit, not what it gives.
 *
 * <p>Transparent (the limited rule's own result and steps) when its condition does not hold, or when
 * the actual loss is not in the context: no evidence is asked for an amount the limited rule can
 * pay without it (docs/postal-law.md note (c), EX-20).
 */
final class LimitsLifted implements AmountRule {
  private final String id;
  private final String messageKey;
  private final AmountRule limited;
  private final Condition when;
  private final AmountRule actualLoss;

  private LimitsLifted(String id, String messageKey, AmountRule limited, Condition when) {
    this.id = id;
    this.messageKey = messageKey;
    this.limited = limited;
    this.when = when;
    this.actualLoss = CnAmounts.actualLoss(id + ".actual-loss");
  }

  /**
   * The greater of {@code limited} and the actual loss when {@code when} holds and the actual loss
   * is established, explained by {@code messageKey} with the limited amount, the actual loss and the
   * amount paid as arguments.
   */
  static AmountRule of(String id, String messageKey, AmountRule limited, Condition when) {
    return new LimitsLifted(id, messageKey, limited, when);
  }

  /** The actual loss is in the context: the proved value on loss or total damage, else the assessed loss. */
  static boolean actualLossKnown(Claim claim, AssessmentContext context) {
    return CnAmounts.lossOrTotalDamage().test(claim, context)
        ? context.provedValue().isPresent()
        : context.assessedLoss().isPresent();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    if (!when.test(e.claim(), e.context()) || !actualLossKnown(e.claim(), e.context())) {
      return limited.evaluate(e);
    }
    RuleResult tariff = limited.evaluate(e);
    if (!(tariff instanceof RuleResult.Amount amount)) {
      return tariff;
    }
    RuleResult loss = actualLoss.evaluate(e);
    if (!(loss instanceof RuleResult.Amount lossAmount)) {
      return tariff;
    }
    Money limitedValue = amount.value();
    Money pays = limitedValue.max(lossAmount.value());
    return RuleResult.amount(
        pays,
        e.step(id, messageKey, MessageArg.money(limitedValue), MessageArg.money(lossAmount.value()), MessageArg.money(pays))
            .addFacts(
                new Fact(Policies.intentOrGrossNegligence().code(), MessageArg.code(Boolean.toString(e.context().intentOrGrossNegligence()))),
                new Fact("cap-notice-proven", MessageArg.code(Boolean.toString(e.context().capNoticeProven()))))
            .before(limitedValue)
            .after(pays)
            .addChildren(tariff.step(), loss.step())
            .build());
  }
}
