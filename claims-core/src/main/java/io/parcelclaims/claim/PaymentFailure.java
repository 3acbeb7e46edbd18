package io.parcelclaims.claim;

/**
 * How a recorded payment came to nothing.
 *
 * @since 0.1.0
 */
public enum PaymentFailure {
  /** The payment did not go through. */
  FAILED,

  /** The payment went through and was later reversed, for example returned by the bank. */
  REVERSED;
}
