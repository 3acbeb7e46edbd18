package io.parcelclaims.workflow;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The offer on the table: the version of the event that proposed it, who proposed it, its lines,
 * the assessment it rests on, and whether it needs approval to bind.
 *
 * @param version the version of the offer event
 * @param proposer who proposed it
 * @param lines the offered lines, at least one, in one currency
 * @param paymentMethod how it would be paid
 * @param assessmentVersion the version of the assessed event it rests on
 * @param approvalRequired whether the total is above the proposer's authority limit
 * @since 0.1.0
 */
public record Offer(
    long version,
    ActorId proposer,
    List<SettlementLine> lines,
    PaymentMethod paymentMethod,
    long assessmentVersion,
    boolean approvalRequired) {

  /** Requires every part and copies the lines. */
  public Offer {
    Objects.requireNonNull(proposer, "proposer");
    lines = List.copyOf(lines);
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an offer has at least one line");
    }
  }

  /** {@return the lines' signed sum} */
  public Money total() {
    return Money.total(
        lines.get(0).amount().currency(), lines.stream().map(SettlementLine::signedAmount).toList());
  }
}
