package io.parcelclaims.rules.intl;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.AssessmentContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;

/**
 * Claims and contexts for the convention policies. Only the parts a convention reads vary (mode,
 * mail class, date of carriage, weight, fee, declared value); the rest is fixed. Figures come from
 * docs/worked-examples.md: EX-10's carriage on 2025-03-15, 3.4 kg and the illustrative rate 1 SDR = 9.7000 CNY;
 * the rate is dated on that carriage date, an input like any other.
 */
final class IntlClaims {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate EX_10A_CARRIAGE = LocalDate.of(2025, 3, 15);
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
    return shipment(mode, origin, destination, carriage.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant(), grossKg, currency, fee);
  }

  private static Shipment.Builder shipment(
      TransportMode mode, Place origin, Place destination, Instant accepted, String grossKg, String currency, String fee) {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.INTERNATIONAL)
        .transportMode(mode)
        .origin(origin)
        .destination(destination)
        .acceptedAt(accepted)
        .grossWeightKg(new BigDecimal(grossKg))
        .chargeableWeightKg(new BigDecimal(grossKg))
        .shippingFee(Money.of(currency, fee));
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
        .reportedAt(shipment.acceptedAt())
        .description("parcel claim")
        .amountClaimed(Money.zero(shipment.currency()));
  }

  /**
   * A context governed by the claim's date of carriage, in Shanghai, with the illustrative SDR rate
   * and no values established yet.
   */
  static AssessmentContext.Builder context(Claim claim) {
    return withoutRate(claim.shipment().acceptedAt().atZone(SHANGHAI).toLocalDate()).sdrRate(SDR_RATE);
  }

  /** A context governed by the given date, in Shanghai, with no rate and no values established. */
  static AssessmentContext.Builder withoutRate(LocalDate governing) {
    return AssessmentContext.builder().governingDate(governing).zone(SHANGHAI);
  }

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  static Money usd(String amount) {
    return Money.of("USD", amount);
  }
}
