package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * Refers to a party (claimant, sender, recipient) held in the carrier's own party store.
 *
 * <p>Events and claims carry this reference, never a name or contact, so a carrier can erase personal
 * data without rewriting its event log. 1 to 128 letters, digits or {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record PartyRef(String value) {

  /**
   * Validates the text.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the text is empty or malformed
   */
  public PartyRef {
    Texts.identifier(value);
  }

  /**
   * The identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier
   */
  public static PartyRef of(String value) {
    return new PartyRef(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
