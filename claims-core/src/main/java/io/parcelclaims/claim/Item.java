package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import org.immutables.value.Value;

/**
 * One line of a shipment's contents: what it is, how many, and what one is worth.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Item {
  Item() {}

  /** {@return the line number, unique within the shipment, from 1} */
  public abstract int line();

  /** {@return a description of the goods, such as "ceramic mug"} */
  public abstract String description();

  /** {@return the category of the goods} */
  @Value.Default
  public ItemCategory category() {
    return ItemCategory.GENERAL;
  }

  /** {@return how many were shipped, at least 1} */
  public abstract int quantity();

  /** {@return the value of one, not negative} */
  public abstract Money unitValue();

  /** {@return unit value times quantity} */
  public final Money totalValue() {
    return unitValue().multipliedBy(quantity());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (line() < 1) {
      checks.add("line", "value.must-be-positive", "must be 1 or more (was " + line() + ")", line());
    }
    checks.notBlank("description", description());
    if (quantity() < 1) {
      checks.add(
          "quantity", "value.must-be-positive", "must be 1 or more (was " + quantity() + ")", quantity());
    }
    checks.nonNegative("unitValue", unitValue());
    checks.throwIfAny();
  }

  /** Builds an {@link Item}; use once. */
  public static final class Builder extends ImmutableItem.Builder {
    Builder() {}
  }
}
