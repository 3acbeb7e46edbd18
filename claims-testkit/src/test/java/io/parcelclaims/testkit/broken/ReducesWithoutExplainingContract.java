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
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.CompensationPolicyContract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Explains the proved value but pays 10% less, with no step saying so. */
class ReducesWithoutExplainingContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  /** The broken policy: a silent 10% reduction. */
  static final class Policy implements CompensationPolicy {
    private final PolicyId id = PolicyId.of("broken.silent-reduction", "1");

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
      Money pays = value.multipliedBy(new BigDecimal("0.9"), RoundingMode.DOWN);
      Assessment.Builder b = Assessment.builder();
      b.policy(id).outcome(Outcome.PAYABLE).currency(value.currency()).explanation(Explained.root(id, Explained.step(id, "explain.proved-value", value)));
      if (!pays.isZero()) {
        b.addLines(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, pays));
      }
      return b.build();
    }
  }
}
