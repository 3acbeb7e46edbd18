package io.parcelclaims.rules.carrier;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.Examples;
import java.time.LocalDate;

/**
 * The carrier presets' variations of the testkit's {@link Examples}. Only the parts a preset reads
 * vary; the rest (route, waybill, claimant) is the testkit's. The acceptance date 2025-03-15 is EX-10's
 * carriage date, used here only as a date inside every preset's period.
 */
final class CarrierClaims {
  static final LocalDate ACCEPTED_ON = Examples.ACCEPTED_ON;

  private CarrierClaims() {}

  /** A domestic inter-city road shipment of 2.5 kg, uninsured. */
  static Shipment.Builder domestic(String currency, String fee) {
    return Examples.shipment(Money.of(currency, fee), "2.5");
  }

  /** An international shipment by the given mode and gross weight, uninsured. */
  static Shipment.Builder international(String currency, String fee, TransportMode mode, String grossKg) {
    return Examples.shipment(Money.of(currency, fee), grossKg)
        .scope(ServiceScope.INTERNATIONAL)
        .transportMode(mode)
        .destination(Place.of("US", "New York"));
  }

  /** An item line of general goods. */
  static Item item(ItemCategory category, int quantity, Money unitValue) {
    return Examples.item(category, quantity, unitValue).build();
  }

  /** A claim of a type other than damage. */
  static Claim claim(ClaimType type, Shipment.Builder shipment) {
    return Examples.claim(type, shipment.build()).build();
  }

  /** A damage claim of the given extent. */
  static Claim damage(DamageExtent extent, Shipment.Builder shipment) {
    return Examples.damage(extent, shipment.build()).build();
  }

  /** A context governed by the acceptance date, with no values established yet. */
  static AssessmentContext.Builder context() {
    return Examples.context();
  }

  static Money cny(String amount) {
    return Examples.cny(amount);
  }

  static Money usd(String amount) {
    return Examples.usd(amount);
  }
}
