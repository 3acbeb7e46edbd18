package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Records a payment to the claimant (docs/process.md, step 6). Payments never exceed the binding
 * offer: accepted by the claimant, and within its proposer's limit or approved.
 *
 * @param header its id, claim, actor, time and expected version
 * @param reference the payment system's reference, new to the claim
 * @param amount the amount paid, positive
 * @param method how it was paid
 * @since 0.1.0
 */
public record RecordPayment(CommandHeader header, PaymentReference reference, Money amount, PaymentMethod method) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public RecordPayment {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(method, "method");
    if (!amount.isPositive()) {
      throw new InvalidValueException(List.of(Violation.of("amount", "value.must-be-positive", "must be positive (was " + amount + ")", amount)));
    }
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RECORD_PAYMENT;
  }
}
