package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * A settlement was offered to the claimant (DOMAIN.md §1, step 5).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param lines the offered lines, in order, in one currency
 * @param paymentMethod how it would be paid
 * @param assessmentVersion the version of the assessed event the offer rests on
 * @param approvalRequired whether the total is above the proposer's authority limit, so that the offer binds only once approved
 * @since 0.1.0
 */
public record OfferProposed(EventHeader header, List<SettlementLine> lines, PaymentMethod paymentMethod, long assessmentVersion, boolean approvalRequired) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.offer-proposed";

  /** Requires every part and copies lists. */
  public OfferProposed {
    Objects.requireNonNull(header, "header");
    lines = List.copyOf(lines);
    Objects.requireNonNull(paymentMethod, "paymentMethod");
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** {@return the offer's total: the lines' signed sum} */
  public Money total() {
    return Money.total(lines.get(0).amount().currency(), lines.stream().map(SettlementLine::signedAmount).toList());
  }
}
