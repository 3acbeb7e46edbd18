package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentReference;
import java.util.Objects;

/**
 * Records that a recorded payment failed or was reversed (docs/process.md, step 6); the amount is
 * owed again.
 *
 * @param header its id, claim, actor, time and expected version
 * @param reference the payment recorded earlier
 * @param failure failed or reversed
 * @since 0.1.0
 */
public record RecordPaymentFailure(CommandHeader header, PaymentReference reference, PaymentFailure failure) implements ClaimCommand {

  /**
   * Validates the parts.
   */
  public RecordPaymentFailure {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(failure, "failure");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RECORD_PAYMENT_FAILURE;
  }
}
