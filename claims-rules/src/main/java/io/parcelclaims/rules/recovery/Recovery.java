package io.parcelclaims.rules.recovery;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.PolicyId;
import java.util.Objects;

/**
 * What a recovery policy decided: the amount the claimant owes back, the amount the claimant keeps,
 * and whether the carrier keeps the goods instead.
 *
 * @param policy the policy that decided, as {@code id@version}
 * @param due the amount to recover from the claimant, not negative
 * @param kept the amount the claimant keeps, not negative
 * @param goodsKeptAsSalvage whether the claimant refused the parcel, so the carrier keeps the goods
 *     and recovers nothing
 * @since 0.1.0
 */
public record Recovery(PolicyId policy, Money due, Money kept, boolean goodsKeptAsSalvage) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if an amount is negative or the two differ in currency
   */
  public Recovery {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(kept, "kept");
    if (due.isNegative() || kept.isNegative()) {
      throw new IllegalArgumentException("recovered and kept amounts are not negative");
    }
    if (!due.isSameCurrency(kept)) {
      throw new IllegalArgumentException("recovered and kept amounts share one currency");
    }
  }
}
