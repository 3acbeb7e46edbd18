package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.money.Money;
import java.util.Objects;

/**
 * A payment to the claimant was recorded (docs/process.md, step 6).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param reference the payment system's reference
 * @param amount the amount paid
 * @param method how it was paid
 * @since 0.1.0
 */
public record PaymentRecorded(EventHeader header, PaymentReference reference, Money amount, PaymentMethod method) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.payment-recorded";

  /** Requires every part and copies lists. */
  public PaymentRecorded {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(method, "method");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
