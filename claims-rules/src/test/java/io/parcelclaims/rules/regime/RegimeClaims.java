package io.parcelclaims.rules.regime;

import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.testkit.Examples;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The regime chooser's variations of the testkit's {@link Examples}: shipments on a route, with a
 * carrier and a mail class, accepted at 10:00 in Shanghai on EX-10 (a)'s date of carriage, 2025-03-15,
 * fee in CNY; claims by the sender {@code P-13}.
 */
final class RegimeClaims {
  static final ZoneId SHANGHAI = Examples.SHANGHAI;
  static final LocalDate CARRIAGE = Examples.ACCEPTED_ON;

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
    return shipment(carrier, mailClass, mode, from, to, grossKg, Money.of("CNY", fee)).build();
  }

  /**
   * A shipment builder, accepted at 10:00 in Shanghai on {@link #CARRIAGE} unless the test sets
   * another instant.
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
    return Examples.shipment(fee, grossKg)
        .waybill(WaybillNumber.of("EA123456789CN"))
        .carrier(Optional.ofNullable(carrier))
        .mailClass(mailClass)
        .scope(from.equals(to) ? ServiceScope.DOMESTIC_INTER_CITY : ServiceScope.INTERNATIONAL)
        .transportMode(mode)
        .origin(Place.of(from, "Origin"))
        .destination(Place.of(to, "Destination"));
  }

  /** A shipment of 3.4 kg (EX-10), fee 0.00. */
  static Shipment shipment(Carrier carrier, MailClass mailClass, TransportMode mode, String from, String to) {
    return shipment(carrier, mailClass, mode, from, to, "3.4", "0.00");
  }

  /** The acceptance instant of every shipment here unless a test sets its own. */
  static Instant accepted() {
    return Examples.ACCEPTED_AT;
  }

  /** A claim by the sender of the given type on a shipment, reported when it was accepted. */
  static Claim claim(ClaimType type, Shipment shipment) {
    return Examples.claim(type, shipment)
        .id(ClaimId.of("C-13"))
        .claimant(Claimant.of(PartyRef.of("P-13"), PartyRole.SENDER))
        .build();
  }

  static Money cny(String amount) {
    return Examples.cny(amount);
  }
}
