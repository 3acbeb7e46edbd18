package io.parcelclaims.rules.carrier;

import io.parcelclaims.money.CurrencyMismatchException;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;

/**
 * A fixed limit a carrier's terms state, such as USD 100 per package, explained with its own
 * message key so the reader sees what kind of limit it is.
 */
final class StatedLimit implements AmountRule {
  private final String id;
  private final String messageKey;
  private final Money limit;

  StatedLimit(String id, String messageKey, Money limit) {
    this.id = id;
    this.messageKey = messageKey;
    this.limit = limit;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    if (!limit.currency().equals(e.currency())) {
      // the presets state their limits in one currency; converting is the caller's decision
      throw new CurrencyMismatchException(limit.currency(), e.currency());
    }
    return RuleResult.amount(limit, e.step(id, messageKey, MessageArg.money(limit)).after(limit).build());
  }
}
