package io.parcelclaims.rules.carrier;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.RuleResult;
import java.util.ArrayList;
import java.util.List;

/** Conditions and rule shapes the carriers' presets share (docs/carriers.md). */
final class Parts {
  /** Loss, or damage that destroyed the whole value: compensated on the value, not the loss ratio. */
  static final Condition LOSS_OR_TOTAL_DAMAGE =
      Policies.condition(
          "loss-or-total-damage",
          (c, x) -> c.type() == ClaimType.LOSS || c.damageExtent().filter(DamageExtent.TOTAL::equals).isPresent());

  /** Partial damage or short contents: compensated on the assessed loss {@code L}. */
  static final Condition PARTIAL_DAMAGE_OR_SHORT =
      Policies.condition(
          "partial-damage-or-short-contents",
          (c, x) -> c.type() == ClaimType.SHORT_CONTENTS || c.damageExtent().filter(DamageExtent.PARTIAL::equals).isPresent());

  /** The claim types for which a carrier compensates the goods: everything but delay. */
  static final Condition GOODS_AFFECTED =
      Policies.claimType(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS);

  private Parts() {}

  /**
   * The actual loss {@code L}: the proved value {@code V} on loss or total damage, the assessed loss
   * on partial damage or short contents.
   */
  static AmountRule actualLoss(String id) {
    return Policies.firstApplicable(
        id, Policies.when(LOSS_OR_TOTAL_DAMAGE, Policies.provedValue()), Policies.when(PARTIAL_DAMAGE_OR_SHORT, Policies.assessedLoss()));
  }

  /**
   * The insured arithmetic of docs/carriers.md: {@code min(I, V)} on loss or total damage, {@code
   * min(I, V) × L / V} on partial damage or short contents.
   */
  static AmountRule insuredPerSection4(String prefix) {
    return Policies.firstApplicable(
        prefix + ".insured",
        Policies.when(LOSS_OR_TOTAL_DAMAGE, new OverInsuranceCap(prefix + ".over-insurance")),
        Policies.when(PARTIAL_DAMAGE_OR_SHORT, new OverInsuranceCap(prefix + ".over-insurance").proportionalToLoss(prefix + ".loss-ratio")));
  }

  /** Compensation for the goods only when they were affected; insured and uninsured apart. */
  static AmountRule compensation(String prefix, AmountRule insured, AmountRule uninsured) {
    return Policies.onlyWhen(
        prefix + ".compensation",
        GOODS_AFFECTED,
        Policies.firstApplicable(
            prefix + ".cover",
            Policies.when(Policies.insured(), insured),
            Policies.when(Policies.insured().negate(), uninsured)));
  }

  /** A result for a rule whose inputs still need evidence, with the inputs' steps beneath it. */
  static RuleResult missing(Evaluation e, String id, List<RuleResult> inputs) {
    List<EvidenceKind> kinds = new ArrayList<>();
    for (RuleResult r : inputs) {
      if (r instanceof RuleResult.Missing m) {
        m.evidence().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
      }
    }
    ExplanationStep step =
        e.step(id, "explain.evidence-missing", kinds.stream().map(k -> MessageArg.code(k.code())).toArray(MessageArg[]::new))
            .addAllChildren(inputs.stream().map(RuleResult::step).toList())
            .build();
    return RuleResult.missing(kinds, step);
  }

  /** Whether any input still needs evidence. */
  static boolean anyMissing(List<RuleResult> inputs) {
    return inputs.stream().anyMatch(r -> r instanceof RuleResult.Missing);
  }
}
