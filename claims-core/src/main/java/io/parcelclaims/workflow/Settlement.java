package io.parcelclaims.workflow;

import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.PolicyId;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a claim was settled for: itemised lines, their total, how it is paid, which policy version
 * produced it, and when it was decided.
 *
 * <p>Every line is in one currency; the total is the lines' signed sum and is never negative.
 * Immutable and thread-safe.
 *
 * <p>It lives in the workflow, beside {@link Offer} and {@link Payment}, rather than among the nouns
 * of {@code io.parcelclaims.claim}: it names the policy version that produced it, and the nouns a
 * carrier builds know nothing of policies.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Settlement {
  Settlement() {}

  /** {@return the claim settled} */
  public abstract ClaimId claimId();

  /** {@return the lines, at least one, in the order the policy produced them} */
  public abstract List<SettlementLine> lines();

  /** {@return how the settlement is paid} */
  public abstract PaymentMethod paymentMethod();

  /** {@return the policy version that produced the amounts} */
  public abstract PolicyId policy();

  /** {@return when the settlement was decided} */
  public abstract Instant decidedAt();

  /** {@return the signed sum of the lines} */
  public final Money total() {
    return Money.total(lines().get(0).amount().currency(), lines().stream().map(SettlementLine::signedAmount).toList());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (lines().isEmpty()) {
      checks.add("lines", "settlement.no-lines", "must hold at least one line");
      checks.throwIfAny();
    }
    var currency = lines().get(0).amount().currency();
    boolean sameCurrency = true;
    for (int i = 1; i < lines().size(); i++) {
      var other = lines().get(i).amount().currency();
      if (!other.equals(currency)) {
        sameCurrency = false;
        checks.add(
            "lines[" + i + "].amount",
            "settlement.currency-differs",
            "must be in the first line's currency " + currency + " (was " + other + ")",
            currency,
            other);
      }
    }
    if (sameCurrency && total().isNegative()) {
      checks.add("lines", "settlement.negative-total", "deductions exceed the lines they reduce (total " + total() + ")", total());
    }
    checks.throwIfAny();
  }

  /** Builds a {@link Settlement}; use once. */
  public static final class Builder extends ImmutableSettlement.Builder {
    Builder() {}
  }
}
