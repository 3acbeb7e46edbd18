package io.parcelclaims.rules.carrier;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Claims and contexts for the carrier presets. Only the parts a preset reads vary; the rest (route,
 * waybill, claimant) is fixed. The acceptance date 2025-03-15 is EX-10's carriage date, used here
 * only as a date inside every preset's period.
 */
final class CarrierClaims {
  static final LocalDate ACCEPTED_ON = LocalDate.of(2025, 3, 15);
  private static final Instant ACCEPTED = Instant.parse("2025-03-15T02:00:00Z");

  private CarrierClaims() {}

  /** A domestic inter-city road shipment of 2.5 kg, uninsured. */
  static Shipment.Builder domestic(String currency, String fee) {
    return shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Place.of("CN", "Shanghai"), "2.5", currency, fee);
  }

  /** An international shipment by the given mode and gross weight, uninsured. */
  static Shipment.Builder international(String currency, String fee, TransportMode mode, String grossKg) {
    return shipment(ServiceScope.INTERNATIONAL, mode, Place.of("US", "New York"), grossKg, currency, fee);
  }

  private static Shipment.Builder shipment(
      ServiceScope scope, TransportMode mode, Place destination, String grossKg, String currency, String fee) {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(scope)
        .transportMode(mode)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(destination)
        .acceptedAt(ACCEPTED)
        .grossWeightKg(new BigDecimal(grossKg))
        .chargeableWeightKg(new BigDecimal(grossKg))
        .shippingFee(Money.of(currency, fee));
  }

  /** An item line of general goods. */
  static Item item(ItemCategory category, int quantity, Money unitValue) {
    return Item.builder()
        .line(1)
        .description("goods")
        .category(category)
        .quantity(quantity)
        .unitValue(unitValue)
        .build();
  }

  /** A claim of a type other than damage. */
  static Claim claim(ClaimType type, Shipment.Builder shipment) {
    return base(type, shipment.build()).build();
  }

  /** A damage claim of the given extent. */
  static Claim damage(DamageExtent extent, Shipment.Builder shipment) {
    return base(ClaimType.DAMAGE, shipment.build()).damageExtent(extent).build();
  }

  private static Claim.Builder base(ClaimType type, Shipment shipment) {
    return Claim.builder()
        .id(ClaimId.of("C-1"))
        .type(type)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(ACCEPTED)
        .description("parcel claim")
        .amountClaimed(Money.zero(shipment.currency()));
  }

  /** A context governed by the acceptance date, with no values established yet. */
  static AssessmentContext.Builder context() {
    return AssessmentContext.builder().governingDate(ACCEPTED_ON).zone(ZoneId.of("Asia/Shanghai"));
  }

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  static Money usd(String amount) {
    return Money.of("USD", amount);
  }
}
