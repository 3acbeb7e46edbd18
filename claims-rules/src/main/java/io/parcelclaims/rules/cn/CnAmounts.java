package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.assessedLoss;
import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.damageExtent;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.minOf;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Policies;

/** Amounts and conditions the Chinese rules share (docs/claim-types.md, docs/carriers.md). */
final class CnAmounts {
  private CnAmounts() {}

  /** Lost, or damaged so that the contents' value is completely lost: compensated as loss (§2). */
  static Condition lossOrTotalDamage() {
    return grouped(claimType(ClaimType.LOSS).or(damageExtent(DamageExtent.TOTAL)));
  }

  /** Partly damaged, or short of contents (§2). */
  static Condition partialDamageOrShort() {
    return grouped(damageExtent(DamageExtent.PARTIAL).or(claimType(ClaimType.SHORT_CONTENTS)));
  }

  /**
   * The same condition with its code in parentheses, so that a code composed with {@code and} reads
   * unambiguously in explanations ({@code insured and (type=LOSS or damage=TOTAL)}).
   */
  static Condition grouped(Condition condition) {
    return Policies.condition("(" + condition.code() + ")", condition::test);
  }

  /**
   * The actual loss {@code L}: the proved value {@code V} when the parcel is lost or its value wholly
   * lost, else the loss the assessor established (§4 symbols).
   */
  static AmountRule actualLoss(String id) {
    return firstApplicable(id, when(lossOrTotalDamage(), provedValue()), otherwise(assessedLoss()));
  }

  /**
   * The loss compensation of an insured item: the insured amount {@code I}, never above the actual
   * value {@code V} (§4 rows "insured, loss or total damage" and "over-insured").
   */
  static AmountRule insuredLoss(String id) {
    return minOf(id, insuredAmount(), provedValue());
  }

  /**
   * The proportional compensation of an insured item: {@code L × min(I, V) / V}, which is never
   * above {@code L} (§4 rows "insured, partial damage or short" and "insured, partial, I > V").
   */
  static AmountRule insuredProportional(String prefix) {
    return insuredLoss(prefix + ".insured-capped-at-value").proportionalToLoss(prefix + ".proportional");
  }
}
