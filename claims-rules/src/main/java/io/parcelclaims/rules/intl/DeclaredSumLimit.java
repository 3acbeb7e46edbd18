package io.parcelclaims.rules.intl;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.RuleResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The limit when a value or interest in delivery was declared and paid for (docs/conventions.md, rev.
 * 2026-12): the declared sum raises the convention's limit but never lowers it (Montreal Art. 22(3)
 * with Art. 26; CMR Art. 23(6), 24), so the limit is the greater of the declared sum and the per-kg
 * limit. The step's key takes {@code {0}} the declared sum, {@code {1}} the per-kg limit and {@code
 * {2}} the limit; {@code raisesKey} when the declared sum is the greater, {@code keepsKey} otherwise.
 */
final class DeclaredSumLimit implements AmountRule {
  private final String id;
  private final AmountRule declared = Policies.insuredAmount();
  private final AmountRule perKg;
  private final String raisesKey;
  private final String keepsKey;

  DeclaredSumLimit(String id, AmountRule perKg, String raisesKey, String keepsKey) {
    this.id = id;
    this.perKg = perKg;
    this.raisesKey = raisesKey;
    this.keepsKey = keepsKey;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    RuleResult sum = declared.evaluate(e);
    RuleResult limit = perKg.evaluate(e);
    if (limit instanceof RuleResult.Missing m) {
      String kinds = m.evidence().stream().map(EvidenceKind::code).collect(Collectors.joining(", "));
      return RuleResult.missing(
          m.evidence(),
          e.step(id, "explain.evidence-missing", MessageArg.code(kinds)).addChildren(sum.step(), m.step()).build());
    }
    Money d = ((RuleResult.Amount) sum).value();
    Money l = ((RuleResult.Amount) limit).value();
    boolean raises = d.isGreaterThan(l);
    Money result = raises ? d : l;
    return RuleResult.amount(
        result,
        e.step(id, raises ? raisesKey : keepsKey, MessageArg.money(d), MessageArg.money(l), MessageArg.money(result))
            .addFacts(new Fact("declaredValue", MessageArg.money(d)))
            .after(result)
            .addAllChildren(List.of(sum.step(), limit.step()))
            .build());
  }
}
