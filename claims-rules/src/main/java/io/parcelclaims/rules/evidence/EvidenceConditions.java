package io.parcelclaims.rules.evidence;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Policies;
import java.util.Objects;

/**
 * The conditions of the evidence matrix (docs/evidence.md): facts of the claim and its context, and
 * value thresholds. A threshold in one currency compared with a claim in another is a programming
 * error ({@link io.parcelclaims.money.CurrencyMismatchException}): converting is the caller's
 * decision.
 *
 * <p>This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class EvidenceConditions {
  private EvidenceConditions() {}

  /** {@return the carrier's records say the parcel was delivered (it has a delivery time)} */
  public static Condition carrierSaysDelivered() {
    return Policies.condition("carrier-says-delivered", (c, x) -> c.shipment().deliveredAt().isPresent());
  }

  /** {@return the claimant keeps the damaged goods: the context has an agreed salvage value} */
  public static Condition salvageKept() {
    return Policies.condition("salvage-kept", (c, x) -> x.salvageValue().isPresent());
  }

  /**
   * The value of the goods a claim is about: the declared value when insured, else the itemised
   * contents' value when positive, else the amount claimed.
   *
   * @param claim the claim
   * @return the value, in the shipment's currency
   */
  public static Money goodsValue(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    return claim.shipment()
        .declaredValue()
        .or(() -> java.util.Optional.of(claim.shipment().contentsValue()).filter(Money::isPositive))
        .orElse(claim.amountClaimed());
  }

  /**
   * The {@linkplain #goodsValue value of the goods} is at least a threshold.
   *
   * @param threshold the threshold, in the claim's currency
   * @return the condition
   */
  public static Condition goodsValueAtLeast(Money threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return Policies.condition("goods-value>=" + threshold, (c, x) -> !goodsValue(c).isLessThan(threshold));
  }

  /**
   * The {@linkplain #goodsValue value of the goods} is above a threshold.
   *
   * @param threshold the threshold, in the claim's currency
   * @return the condition
   */
  public static Condition goodsValueAbove(Money threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return Policies.condition("goods-value>" + threshold, (c, x) -> goodsValue(c).isGreaterThan(threshold));
  }

  /**
   * The declared value is at least a threshold; false when the shipment is not insured.
   *
   * @param threshold the threshold, in the claim's currency
   * @return the condition
   */
  public static Condition declaredValueAtLeast(Money threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return Policies.condition(
        "declared-value>=" + threshold,
        (c, x) -> c.shipment().declaredValue().filter(v -> !v.isLessThan(threshold)).isPresent());
  }

  /**
   * The shipment has an item line of a category whose value (unit value × quantity) is above a
   * threshold.
   *
   * @param category the item category, such as {@link ItemCategory#ELECTRONICS}
   * @param threshold the threshold, in the claim's currency
   * @return the condition
   */
  public static Condition itemAbove(ItemCategory category, Money threshold) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(threshold, "threshold");
    return Policies.condition(
        category + "-item>" + threshold,
        (c, x) ->
            c.shipment().contents().stream()
                .filter(i -> i.category().equals(category))
                .map(Item::totalValue)
                .anyMatch(v -> v.isGreaterThan(threshold)));
  }
}
