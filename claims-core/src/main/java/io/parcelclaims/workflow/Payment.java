package io.parcelclaims.workflow;

import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment recorded on a claim, and whether it later failed or was reversed.
 *
 * @param reference the payment system's reference
 * @param amount the amount
 * @param method how it was paid
 * @param at when it was recorded
 * @param failure how it came to nothing, if it did
 * @since 0.1.0
 */
public record Payment(
    PaymentReference reference,
    Money amount,
    PaymentMethod method,
    Instant at,
    Optional<PaymentFailure> failure) {

  /** Requires every part. */
  public Payment {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(failure, "failure");
  }

  /** {@return whether the money reached the claimant: no failure or reversal is recorded} */
  public boolean isEffective() {
    return failure.isEmpty();
  }
}
