package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * Identifies a command: 1 to 128 letters, digits or {@code . _ : -}, chosen by the carrier.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record CommandId(String value) {

  /**
   * Validates the text.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the text is empty or malformed
   */
  public CommandId {
    Texts.identifier(value);
  }

  /**
   * The identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier
   */
  public static CommandId of(String value) {
    return new CommandId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
