package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * Identifies a evidence item: 1 to 128 letters, digits or {@code . _ : -}, chosen by the carrier.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record EvidenceId(String value) {

  /**
   * Validates the text.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the text is empty or malformed
   */
  public EvidenceId {
    Texts.identifier(value);
  }

  /**
   * The identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier
   */
  public static EvidenceId of(String value) {
    return new EvidenceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
