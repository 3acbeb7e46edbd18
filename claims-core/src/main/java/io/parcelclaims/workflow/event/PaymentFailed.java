package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentReference;
import java.util.Objects;

/**
 * A recorded payment failed or was reversed (docs/process.md, step 6); its amount is owed again.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param reference the payment
 * @param failure failed or reversed
 * @since 0.1.0
 */
public record PaymentFailed(EventHeader header, PaymentReference reference, PaymentFailure failure) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.payment-failed";

  /** Requires every part and copies lists. */
  public PaymentFailed {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(failure, "failure");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
