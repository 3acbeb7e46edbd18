package io.parcelclaims.rules.regime;

import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Shipments on a route, with a carrier and a mail class, for the regime chooser's tests: accepted at
 * 10:00 in Shanghai on EX-10 (a)'s date of carriage, 2025-03-15, fee in CNY.
 */
final class RegimeClaims {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate CARRIAGE = LocalDate.of(2025, 3, 15);

  private RegimeClaims() {}

  /**
   * A shipment.
   *
   * @param carrier the carrier, or null for none
   * @param mailClass the mail class
   * @param mode the transport mode
   * @param from the origin's country code
   * @param to the destination's country code
   * @param grossKg the gross weight
   * @param fee the fee in CNY
   * @return the shipment
   */
  static Shipment shipment(Carrier carrier, MailClass mailClass, TransportMode mode, String from, String to, String grossKg, String fee) {
    return shipment(carrier, mailClass, mode, from, to, grossKg, Money.of("CNY", fee)).acceptedAt(accepted()).build();
  }

  /**
   * A shipment builder, accepted at 10:00 in Shanghai on {@link #CARRIAGE} unless the caller sets
   * nothing else: the builder is strict, so the acceptance instant is fixed here.
   *
   * @param carrier the carrier, or null for none
   * @param mailClass the mail class
   * @param mode the transport mode
   * @param from the origin's country code
   * @param to the destination's country code
   * @param grossKg the gross weight
   * @param fee the fee
   * @return the builder
   */
  static Shipment.Builder shipment(Carrier carrier, MailClass mailClass, TransportMode mode, String from, String to, String grossKg, Money fee) {
    return Shipment.builder()
        .waybill(WaybillNumber.of("EA123456789CN"))
        .carrier(Optional.ofNullable(carrier))
        .mailClass(mailClass)
        .scope(from.equals(to) ? ServiceScope.DOMESTIC_INTER_CITY : ServiceScope.INTERNATIONAL)
        .transportMode(mode)
        .origin(Place.of(from, "Origin"))
        .destination(Place.of(to, "Destination"))
        .grossWeightKg(new BigDecimal(grossKg))
        .chargeableWeightKg(new BigDecimal(grossKg))
        .shippingFee(fee);
  }

  /** A shipment of 3.4 kg (EX-10), fee 0.00. */
  static Shipment shipment(Carrier carrier, MailClass mailClass, TransportMode mode, String from, String to) {
    return shipment(carrier, mailClass, mode, from, to, "3.4", "0.00");
  }

  /** The acceptance instant of every shipment here unless a test sets its own. */
  static java.time.Instant accepted() {
    return CARRIAGE.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
  }

  /** A claim by the sender of the given type on a shipment, reported when it was accepted. */
  static Claim claim(ClaimType type, Shipment shipment) {
    return Claim.builder()
        .id(ClaimId.of("C-13"))
        .type(type)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-13"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(shipment.acceptedAt())
        .description("parcel claim")
        .amountClaimed(Money.zero(shipment.currency()))
        .build();
  }

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }
}
