package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;

/**
 * The channel a claim was reported through (docs/process.md, step 1).
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record IntakeChannel(String code) {
  /** Phone hotline. */
  public static final IntakeChannel PHONE = new IntakeChannel("phone");

  /** The carrier's website. */
  public static final IntakeChannel WEBSITE = new IntakeChannel("website");

  /** The carrier's app. */
  public static final IntakeChannel APP = new IntakeChannel("app");

  /** Online contact or chat. */
  public static final IntakeChannel ONLINE_CHAT = new IntakeChannel("online-chat");

  /** In person at a counter or station. */
  public static final IntakeChannel COUNTER = new IntakeChannel("counter");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public IntakeChannel {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static IntakeChannel of(String code) {
    return new IntakeChannel(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
