package io.parcelclaims.rules.intl;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;
import java.util.Optional;

/**
 * CMR Art. 26 (docs/conventions.md, rev. 2026-12): a special interest in delivery declared in the
 * consignment note, with its surcharge paid ({@code Shipment.declaredInterestInDelivery()}), adds
 * compensation for further proven loss up to the declared amount. The limit below it grows by the
 * declared amount, so the proven loss is paid up to the limit and beyond it up to the interest:
 * {@code min(loss, limit) + min(interest, loss − min(loss, limit)) = min(loss, limit + interest)}.
 * Without a declared interest the limit's own result is returned unchanged.
 */
final class InterestInDelivery implements AmountRule {
  private final String id;
  private final AmountRule limit;

  InterestInDelivery(String id, AmountRule limit) {
    this.id = id;
    this.limit = limit;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    RuleResult base = limit.evaluate(e);
    Optional<Money> interest = e.claim().shipment().declaredInterestInDelivery();
    if (interest.isEmpty() || !(base instanceof RuleResult.Amount a)) {
      return base;
    }
    Money total = a.value().plus(interest.get());
    return RuleResult.amount(
        total,
        e.step(
                id,
                "explain.intl.cmr.art26-interest",
                MessageArg.money(interest.get()),
                MessageArg.money(a.value()),
                MessageArg.money(total))
            .addFacts(new Fact("declaredInterestInDelivery", MessageArg.money(interest.get())))
            .before(a.value())
            .after(total)
            .addChildren(base.step())
            .build());
  }
}
