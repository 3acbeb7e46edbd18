package io.parcelclaims.workflow;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.event.ApprovalGround;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offer on the table: the version of the event that proposed it, who proposed it, its lines,
 * the assessment it rests on, why it needs approval to bind (if it does), and the goodwill reason
 * of an offer marked goodwill.
 *
 * @param version the version of the offer event
 * @param proposer who proposed it
 * @param lines the offered lines, at least one, in one currency
 * @param paymentMethod how it would be paid
 * @param assessmentVersion the version of the assessed event it rests on
 * @param approvalGrounds why it needs another actor's approval; empty when it binds on acceptance
 * @param goodwillReason the proposer's reason for a goodwill offer; empty otherwise
 * @since 0.1.0
 */
public record Offer(
    long version,
    ActorId proposer,
    List<SettlementLine> lines,
    PaymentMethod paymentMethod,
    long assessmentVersion,
    List<ApprovalGround> approvalGrounds,
    Optional<String> goodwillReason) {

  /** Requires every part and copies the lists. */
  public Offer {
    Objects.requireNonNull(proposer, "proposer");
    lines = List.copyOf(lines);
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    approvalGrounds = List.copyOf(approvalGrounds);
    Objects.requireNonNull(goodwillReason, "goodwillReason");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an offer has at least one line");
    }
  }

  /** {@return whether the offer needs another actor's approval before it is announced and binds} */
  public boolean approvalRequired() {
    return !approvalGrounds.isEmpty();
  }

  /**
   * The command that approves this offer as it stands: it names this offer's version and the
   * assessment it rests on, so the two cannot be swapped.
   *
   * @param header the approver's command header
   * @return the approval command
   * @since 0.2.0
   */
  public ApproveOffer approval(CommandHeader header) {
    return new ApproveOffer(header, assessmentVersion, version);
  }

  /** {@return whether the offer is marked goodwill} */
  public boolean isGoodwill() {
    return goodwillReason.isPresent();
  }

  /** {@return the lines' signed sum} */
  public Money total() {
    return Money.total(
        lines.get(0).amount().currency(), lines.stream().map(SettlementLine::signedAmount).toList());
  }
}
