package io.parcelclaims.rules.carrier;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;

/**
 * The value of the contents stated on the waybill (EMS international's 详情单 value of "declared
 * goods", {@link io.parcelclaims.claim.Shipment#statedValue()}): not 保价 (docs/carriers.md, rev. 2026-12).
 * Zero when none is stated.
 */
final class StatedValue implements AmountRule {
  private final String id;

  StatedValue(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    Money v = e.claim().shipment().statedValue().orElse(e.zero());
    return RuleResult.amount(v, e.step(id, "explain.carrier.stated-value", MessageArg.money(v)).after(v).build());
  }
}
