package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import org.immutables.value.Value;

/**
 * A shipment item a claim is about, and how many of it were lost, damaged or missing.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AffectedItem {
  AffectedItem() {}

  /** {@return the shipment item's line number} */
  public abstract int line();

  /** {@return how many are affected, at least 1 and at most the quantity shipped} */
  public abstract int quantity();

  /**
   * An affected item.
   *
   * @param line the shipment item's line
   * @param quantity how many are affected
   * @return the affected item
   * @throws io.parcelclaims.value.InvalidValueException if a number is below 1
   */
  public static AffectedItem of(int line, int quantity) {
    return ImmutableAffectedItem.builder().line(line).quantity(quantity).build();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (line() < 1) {
      checks.add("line", "value.must-be-positive", "must be 1 or more (was " + line() + ")", line());
    }
    if (quantity() < 1) {
      checks.add(
          "quantity", "value.must-be-positive", "must be 1 or more (was " + quantity() + ")", quantity());
    }
    checks.throwIfAny();
  }
}
