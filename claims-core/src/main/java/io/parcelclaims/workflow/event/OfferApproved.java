package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer under review was approved by another actor whose limit covers it. From this event on
 * the offer is announced to the claimant (its notice names the total and the payment method) and
 * may be accepted.
 *
 * <p>Stored as {@value #TYPE}, schema version 2 since 0.2.0 (version 1 did not repeat the offer's
 * total and payment method; they are read as absent).
 *
 * @param header the claim, version, command, actor and time
 * @param assessmentVersion the version of the assessed event approved
 * @param offerVersion the version of the offer event approved
 * @param total the approved offer's total; empty in events recorded before 0.2.0
 * @param paymentMethod how the approved offer would be paid; empty in events recorded before 0.2.0
 * @since 0.1.0
 */
public record OfferApproved(
    EventHeader header,
    long assessmentVersion,
    long offerVersion,
    Optional<Money> total,
    Optional<PaymentMethod> paymentMethod)
    implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.offer-approved";

  /**
   * Requires every part.
   *
   * @throws IllegalArgumentException if only one of the total and the payment method is present
   */
  public OfferApproved {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    if (total.isPresent() != paymentMethod.isPresent()) {
      throw new IllegalArgumentException("an approval names both the total and the payment method, or neither");
    }
  }

  /**
   * An approval as recorded before 0.2.0, without the offer's terms.
   *
   * @param header the claim, version, command, actor and time
   * @param assessmentVersion the version of the assessed event approved
   * @param offerVersion the version of the offer event approved
   */
  public OfferApproved(EventHeader header, long assessmentVersion, long offerVersion) {
    this(header, assessmentVersion, offerVersion, Optional.empty(), Optional.empty());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
