package io.parcelclaims.workflow;

import io.parcelclaims.money.Money;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.RecordPaymentFailure;
import io.parcelclaims.workflow.command.RecordRecovery;
import io.parcelclaims.workflow.event.PaymentFailed;
import io.parcelclaims.workflow.event.PaymentRecorded;
import io.parcelclaims.workflow.event.ReceiptConfirmed;
import io.parcelclaims.workflow.event.RecoveryRecorded;
import java.util.Optional;

/** Step 6: payment, and recovery on a reopened claim (docs/process.md, docs/worked-examples.md EX-14). */
final class PaymentHandlers {
  private PaymentHandlers() {}

  /** Payments never take the total paid above the binding offer. */
  static void pay(Draft d, RecordPayment c) {
    ClaimState s = d.state();
    Optional<Offer> binding = s.bindingOffer();
    if (binding.isEmpty()) {
      d.reject(RejectionReason.AWAITING_APPROVAL);
    }
    if (s.payments().stream().anyMatch(p -> p.reference().equals(c.reference()))) {
      d.reject(RejectionReason.DUPLICATE_PAYMENT);
    }
    if (!c.amount().currency().equals(NegotiationHandlers.currency(s))) {
      d.reject(RejectionReason.CURRENCY_MISMATCH);
    } else if (binding.isPresent()
        && s.paid().orElseThrow().plus(c.amount()).isGreaterThan(binding.get().total())) {
      d.reject(RejectionReason.PAYMENT_ABOVE_BINDING_OFFER);
    }
    d.emit(h -> new PaymentRecorded(h, c.reference(), c.amount(), c.method()));
  }

  static void fail(Draft d, RecordPaymentFailure c) {
    boolean known = d.state().payments().stream()
        .anyMatch(p -> p.reference().equals(c.reference()) && p.isEffective());
    if (!known) {
      d.reject(RejectionReason.UNKNOWN_PAYMENT);
    }
    d.emit(h -> new PaymentFailed(h, c.reference(), c.failure()));
  }

  static void confirm(Draft d, ConfirmReceipt c) {
    d.emit(ReceiptConfirmed::new);
  }

  /** A recovery never exceeds what was paid and not yet recovered. */
  static void recover(Draft d, RecordRecovery c) {
    ClaimState s = d.state();
    if (!c.amount().currency().equals(NegotiationHandlers.currency(s))) {
      d.reject(RejectionReason.CURRENCY_MISMATCH);
    } else {
      Money open = s.paid().orElseThrow().minus(s.recovered().orElseThrow());
      if (c.amount().isGreaterThan(open)) {
        d.reject(RejectionReason.RECOVERY_ABOVE_PAID);
      }
    }
    d.emit(h -> new RecoveryRecorded(h, c.amount(), c.policy()));
  }
}
