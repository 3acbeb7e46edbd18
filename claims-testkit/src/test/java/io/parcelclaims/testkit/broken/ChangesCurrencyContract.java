package io.parcelclaims.testkit.broken;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.CompensationPolicyContract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/** Pays every claim in US dollars, converted at a rate of its own. */
class ChangesCurrencyContract implements CompensationPolicyContract {

  @Override
  public CompensationPolicy policy() {
    return new Policy();
  }

  /** The broken policy: it converts instead of paying in the claim's currency. */
  static final class Policy implements CompensationPolicy {
    private static final Currency USD = Currency.getInstance("USD");
    private final PolicyId id = PolicyId.of("broken.currency", "1");

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
      Money dollars = Money.of(USD, value.amount().multiply(new BigDecimal("0.14")).setScale(2, RoundingMode.HALF_UP));
      return Explained.pays(id, claim, dollars, "explain.converted");
    }
  }
}
