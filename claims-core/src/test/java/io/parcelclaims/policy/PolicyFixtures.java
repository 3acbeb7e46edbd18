package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Claims and contexts for SPI tests. */
final class PolicyFixtures {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant ACCEPTED = Instant.parse("2025-05-10T02:00:00Z");

  private PolicyFixtures() {}

  static Claim uninsuredLoss(String fee) {
    return claim(shipment(fee).build());
  }

  static Shipment.Builder shipment(String fee) {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(ACCEPTED)
        .grossWeightKg(new BigDecimal("2"))
        .chargeableWeightKg(new BigDecimal("2"))
        .shippingFee(Money.of("CNY", fee));
  }

  static Claim claim(Shipment shipment) {
    return Claim.builder()
        .id(ClaimId.of("C-1"))
        .type(ClaimType.LOSS)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(ACCEPTED.plusSeconds(86_400))
        .description("lost")
        .amountClaimed(Money.of("CNY", "780.00"))
        .build();
  }

  static AssessmentContext.Builder context() {
    return AssessmentContext.builder().governingDate(LocalDate.of(2025, 5, 10)).zone(SHANGHAI);
  }

  static AssessmentContext proved(String value) {
    return context().provedValue(Money.of("CNY", value)).build();
  }
}
