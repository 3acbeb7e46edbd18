package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A settlement was offered (docs/process.md, step 5). An offer with {@linkplain #approvalGrounds()
 * grounds for approval} is under review: it is not announced to the claimant, and cannot be
 * answered, until another actor approves it ({@link OfferApproved}).
 *
 * <p>Stored as {@value #TYPE}, schema version 2 since 0.2.0 (version 1 had only the flag {@code
 * approvalRequired}, read as {@link ApprovalGround#ABOVE_AUTHORITY_LIMIT}, and no goodwill).
 *
 * @param header the claim, version, command, actor and time
 * @param lines the offered lines, in order, in one currency
 * @param paymentMethod how it would be paid
 * @param assessmentVersion the version of the assessed event the offer rests on
 * @param approvalGrounds why the offer needs approval before it binds, in declaration order,
 *     without repeats; empty when it binds on acceptance
 * @param goodwillReason for an offer marked goodwill (above what the assessment supports, or on a
 *     denied claim), the proposer's reason; empty otherwise
 * @since 0.1.0
 */
public record OfferProposed(
    EventHeader header,
    List<SettlementLine> lines,
    PaymentMethod paymentMethod,
    long assessmentVersion,
    List<ApprovalGround> approvalGrounds,
    Optional<String> goodwillReason)
    implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.offer-proposed";

  /**
   * Requires every part and copies lists.
   *
   * @throws IllegalArgumentException if a ground repeats, or goodwill and its ground disagree
   */
  public OfferProposed {
    Objects.requireNonNull(header, "header");
    lines = List.copyOf(lines);
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    approvalGrounds = List.copyOf(approvalGrounds);
    Objects.requireNonNull(goodwillReason, "goodwillReason");
    if (approvalGrounds.stream().distinct().count() != approvalGrounds.size()) {
      throw new IllegalArgumentException("approval grounds repeat: " + approvalGrounds);
    }
    if (goodwillReason.isPresent() != approvalGrounds.contains(ApprovalGround.GOODWILL)) {
      throw new IllegalArgumentException("a goodwill offer, and only one, has the goodwill ground");
    }
  }

  /**
   * An offer that is not goodwill, as recorded before 0.2.0.
   *
   * @param header the claim, version, command, actor and time
   * @param lines the offered lines, in order, in one currency
   * @param paymentMethod how it would be paid
   * @param assessmentVersion the version of the assessed event the offer rests on
   * @param approvalRequired whether the total is above the proposer's authority limit
   */
  public OfferProposed(
      EventHeader header, List<SettlementLine> lines, PaymentMethod paymentMethod,
      long assessmentVersion, boolean approvalRequired) {
    this(header, lines, paymentMethod, assessmentVersion,
        approvalRequired ? List.of(ApprovalGround.ABOVE_AUTHORITY_LIMIT) : List.of(), Optional.empty());
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** {@return whether the offer needs another actor's approval before it is announced and binds} */
  public boolean approvalRequired() {
    return !approvalGrounds.isEmpty();
  }

  /** {@return whether the offer is marked goodwill} */
  public boolean isGoodwill() {
    return goodwillReason.isPresent();
  }

  /** {@return the offer's total: the lines' signed sum} */
  public Money total() {
    return Money.total(lines.get(0).amount().currency(), lines.stream().map(SettlementLine::signedAmount).toList());
  }
}
