package io.parcelclaims.testkit.broken;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.CompensationPolicyContract;
import java.time.LocalDate;

/** Denies when the investigation found a defence, but its explanation never says which. */
class DeniesWithoutExplanationContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  /** The broken policy: the denial's explanation is the bare root step. */
  static final class Policy implements CompensationPolicy {
    private final PolicyId id = PolicyId.of("broken.silent-denial", "1");

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
      if (!context.defences().isEmpty()) {
        DenialReason reason = context.defences().get(0);
        Assessment.Builder b = Assessment.builder();
        return b.policy(id)
            .outcome(Outcome.DENIED)
            .addDenialReasons(reason)
            .currency(claim.shipment().currency())
            .explanation(Explained.root(id))
            .build();
      }
      return Explained.pays(id, claim, Explained.provedValue(claim, context), "explain.proved-value");
    }
  }
}
