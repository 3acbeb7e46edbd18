package io.parcelclaims.rules.intl;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.Examples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The convention policies' variations of the testkit's {@link Examples}. Only the parts a convention
 * reads vary (mode, mail class, date of carriage, weight, fee, declared value); the rest is the
 * testkit's. Figures come from docs/worked-examples.md: EX-10's carriage on 2025-03-15, 3.4 kg and the
 * illustrative rate 1 SDR = 9.7000 CNY; the rate is dated on that carriage date, an input like any other.
 */
final class IntlClaims {
  static final ZoneId SHANGHAI = Examples.SHANGHAI;
  static final LocalDate EX_10A_CARRIAGE = Examples.ACCEPTED_ON;
  static final SdrRate SDR_RATE = new SdrRate(Currency.getInstance("CNY"), new BigDecimal("9.7000"), EX_10A_CARRIAGE);

  private static final Place CN = Place.of("CN", "Shenzhen");

  private IntlClaims() {}

  /** A shipment by air from Shenzhen, accepted at 10:00 in Shanghai on the date of carriage. */
  static Shipment.Builder byAir(LocalDate carriage, String grossKg, String currency, String fee) {
    return shipment(TransportMode.AIR, CN, Place.of("US", "New York"), carriage, grossKg, currency, fee);
  }

  /** A shipment by road within Europe (EX-13), accepted at 10:00 in Shanghai on the date of carriage. */
  static Shipment.Builder byRoad(LocalDate carriage, String grossKg, String currency, String fee) {
    return shipment(TransportMode.ROAD, Place.of("PL", "Warsaw"), Place.of("DE", "Berlin"), carriage, grossKg, currency, fee);
  }

  /** A shipment by air accepted at the given instant, otherwise as {@link #byAir}. */
  static Shipment.Builder byAir(Instant accepted, String grossKg, String currency, String fee) {
    return shipment(TransportMode.AIR, CN, Place.of("US", "New York"), accepted, grossKg, currency, fee);
  }

  /** A shipment by the given mode, otherwise as {@link #byAir}. */
  static Shipment.Builder by(TransportMode mode, LocalDate carriage, String grossKg, String currency, String fee) {
    return shipment(mode, CN, Place.of("US", "New York"), carriage, grossKg, currency, fee);
  }

  private static Shipment.Builder shipment(
      TransportMode mode, Place origin, Place destination, LocalDate carriage, String grossKg, String currency, String fee) {
    return shipment(mode, origin, destination, Examples.at(carriage, LocalTime.of(10, 0)), grossKg, currency, fee);
  }

  private static Shipment.Builder shipment(
      TransportMode mode, Place origin, Place destination, Instant accepted, String grossKg, String currency, String fee) {
    return Examples.shipment(Money.of(currency, fee), grossKg)
        .scope(ServiceScope.INTERNATIONAL)
        .transportMode(mode)
        .origin(origin)
        .destination(destination)
        .acceptedAt(accepted);
  }

  /** A claim of a type other than damage. */
  static Claim claim(ClaimType type, Shipment.Builder shipment) {
    return Examples.claim(type, shipment.build()).build();
  }

  /** A damage claim of the given extent. */
  static Claim damage(DamageExtent extent, Shipment.Builder shipment) {
    return Examples.damage(extent, shipment.build()).build();
  }

  /**
   * A context governed by the claim's date of carriage, in Shanghai, with the illustrative SDR rate
   * and no values established yet.
   */
  static AssessmentContext.Builder context(Claim claim) {
    return Examples.context(claim).sdrRate(SDR_RATE);
  }

  /** A context governed by the given date, in Shanghai, with no rate and no values established. */
  static AssessmentContext.Builder withoutRate(LocalDate governing) {
    return Examples.context(governing);
  }

  static Money cny(String amount) {
    return Examples.cny(amount);
  }

  static Money usd(String amount) {
    return Examples.usd(amount);
  }
}
