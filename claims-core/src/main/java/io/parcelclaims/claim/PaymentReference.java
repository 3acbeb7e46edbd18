package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * The carrier's reference for one payment to a claimant, as its payment system knows it: 1 to 128
 * letters, digits or {@code . _ : -}. Never an account number.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record PaymentReference(String value) {

  /**
   * Validates the text.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the text is empty or malformed
   */
  public PaymentReference {
    Texts.identifier(value);
  }

  /**
   * The reference with the given text.
   *
   * @param value the identifier text
   * @return the reference
   */
  public static PaymentReference of(String value) {
    return new PaymentReference(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
