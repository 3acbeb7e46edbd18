package io.parcelclaims.rules.timebar;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.Shipment;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The day a {@link Window} runs from. The day itself is not counted (Civil Code Art. 201,
 * docs/reading.md).
 *
 * @since 0.1.0
 */
public enum Anchor {
  /**
   * The day the carrier accepted the parcel: posting, taking over, tender, issue of the air waybill;
   * in the zone of the place of acceptance when the shipment records it ({@code
   * Shipment.acceptanceDate(ZoneId)}).
   */
  ACCEPTANCE,

  /**
   * The day the parcel was delivered: receipt of the goods, or the day they were placed at the
   * consignee's disposal. Absent while the parcel is undelivered.
   */
  DELIVERY,

  /** The day the parcel was delivered, else the promised (scheduled) delivery day. */
  DELIVERY_OR_PROMISED,

  /**
   * CMR Art. 32(1)(b) for total loss: the 30th day after the agreed time limit (the promised
   * delivery day), or without one the 60th day after the carrier took over the goods (
   * docs/conventions.md, [S] [35]); the same day from which CMR Art. 20(1) lets the claimant treat the goods as lost.
   */
  CMR_TOTAL_LOSS;

  /** Days after the agreed time limit, CMR Art. 20(1) and 32(1)(b) (docs/conventions.md). */
  static final int CMR_DAYS_AFTER_AGREED_LIMIT = 30;

  /** Days after taking over when no time limit was agreed, CMR Art. 20(1) and 32(1)(b). */
  static final int CMR_DAYS_AFTER_TAKING_OVER = 60;

  /**
   * The day this anchor falls on for a claim.
   *
   * @param claim the claim
   * @param zone the zone in which the claim's instants become dates
   * @return the day, or empty when it has not happened (an undelivered parcel has no delivery day)
   */
  public Optional<LocalDate> dateOf(Claim claim, ZoneId zone) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(zone, "zone");
    Shipment s = claim.shipment();
    return switch (this) {
      case ACCEPTANCE -> Optional.of(s.acceptanceDate(zone));
      case DELIVERY -> s.deliveredAt().map(i -> i.atZone(zone).toLocalDate());
      case DELIVERY_OR_PROMISED -> s.deliveredAt().or(s::promisedBy).map(i -> i.atZone(zone).toLocalDate());
      case CMR_TOTAL_LOSS -> Optional.of(cmrPresumedLoss(s, zone));
    };
  }

  /** The agreed time limit plus 30 days, or the taking over plus 60 days. */
  static LocalDate cmrPresumedLoss(Shipment s, ZoneId zone) {
    return s.promisedBy()
        .map(p -> p.atZone(zone).toLocalDate().plusDays(CMR_DAYS_AFTER_AGREED_LIMIT))
        .orElseGet(() -> s.acceptanceDate(zone).plusDays(CMR_DAYS_AFTER_TAKING_OVER));
  }
}
