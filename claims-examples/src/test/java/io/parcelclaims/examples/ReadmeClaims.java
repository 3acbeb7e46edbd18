package io.parcelclaims.examples;

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

/** The claim of the README's first example, for the sections that start from it. */
public final class ReadmeClaims {
  private ReadmeClaims() {}

  /** {@return claim C-2025-0001: SF domestic, uninsured, reported lost on 2025-05-15} */
  public static Claim first() {
    Shipment shipment = Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(Instant.parse("2025-05-10T02:00:00Z"))
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(Money.of("CNY", "18.00"))
        .build();
    return Claim.builder()
        .id(ClaimId.of("C-2025-0001"))
        .type(ClaimType.LOSS)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-77"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(Instant.parse("2025-05-15T08:30:00Z"))
        .description("parcel never arrived")
        .amountClaimed(Money.of("CNY", "780.00"))
        .build();
  }
}
