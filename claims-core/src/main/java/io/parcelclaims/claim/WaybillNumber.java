package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;
import java.util.regex.Pattern;

/**
 * A waybill (tracking) number: 8 to 32 upper-case Latin letters or digits, such as
 * {@code SF1234567890123} or the UPU S10 form {@code EA123456789CN}.
 *
 * @param value the waybill text, exactly as printed (no spaces)
 * @since 0.1.0
 */
public record WaybillNumber(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Z0-9]{8,32}");

  /**
   * Validates the text.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the text is empty or malformed
   */
  public WaybillNumber {
    Texts.require("value", value, FORM, "8 to 32 upper-case letters or digits");
  }

  /**
   * The waybill number with the given text.
   *
   * @param value the waybill text
   * @return the waybill number
   */
  public static WaybillNumber of(String value) {
    return new WaybillNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
