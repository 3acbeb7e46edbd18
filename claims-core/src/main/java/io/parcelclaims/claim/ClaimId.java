package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * Identifies a claim: 1 to 128 letters, digits or {@code . _ : -}, chosen by the carrier.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ClaimId(String value) {

  /**
   * Validates the text.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the text is empty or malformed
   */
  public ClaimId {
    Texts.identifier(value);
  }

  /**
   * The identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier
   */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
