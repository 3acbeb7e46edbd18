package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * What kind of goods an item is; evidence rules and exclusions key on it.
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record ItemCategory(String code) {
  /** Ordinary goods. */
  public static final ItemCategory GENERAL = new ItemCategory("general");

  /** Documents. */
  public static final ItemCategory DOCUMENTS = new ItemCategory("documents");

  /** Electronics (serial numbers may be required). */
  public static final ItemCategory ELECTRONICS = new ItemCategory("electronics");

  /** Fragile goods. */
  public static final ItemCategory FRAGILE = new ItemCategory("fragile");

  /** Fresh or perishable food. */
  public static final ItemCategory PERISHABLE = new ItemCategory("perishable");

  /** Valuables that must be declared. */
  public static final ItemCategory VALUABLES = new ItemCategory("valuables");

  /** Goods sold in sealed original packaging (bird's nest, cordyceps, ginseng, high-value liquor). */
  public static final ItemCategory ORIGINAL_PACKAGING = new ItemCategory("original-packaging");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public ItemCategory {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static ItemCategory of(String code) {
    return new ItemCategory(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
