package io.parcelclaims.testkit.broken;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.CompensationPolicyContract;
import java.time.LocalDate;

/** Deducts a handling charge of one major unit from whatever it pays, even from nothing. */
class GoesNegativeContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  /** The broken policy: the deduction is not limited to what it reduces. */
  static final class Policy implements CompensationPolicy {
    private final PolicyId id = PolicyId.of("broken.negative", "1");

    @Override
    public PolicyId id() {
      return id;
    }

    @Override
    public EffectivePeriod period() {
      return EffectivePeriod.from(LocalDate.of(2024, 1, 1));
    }

    @Override
    public Assessment assess(Claim claim, AssessmentContext context) {
      Policies.requireInForce(this, context);
      Money value = Explained.provedValue(claim, context);
      Money charge = Money.of(value.currency(), java.math.BigDecimal.ONE);
      ExplanationStep.Builder deduction = ExplanationStep.builder();
      deduction.rule(id).messageKey("explain.handling-charge").addArguments(MessageArg.money(charge)).before(value).after(value.minus(charge));
      Assessment.Builder b = Assessment.builder();
      return b.policy(id)
          .outcome(Outcome.PAYABLE)
          .currency(value.currency())
          .addLines(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, value))
          .addLines(SettlementLine.of(LineKind.deduction("handling-charge"), Remedy.CASH, charge))
          .explanation(Explained.root(id, Explained.step(id, "explain.proved-value", value), deduction.build()))
          .build();
    }
  }
}
