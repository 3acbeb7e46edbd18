package io.parcelclaims.claim;

import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;

/** Valid values that tests vary one part of. */
final class Fixtures {
  static final Instant ACCEPTED = Instant.parse("2025-05-10T02:00:00Z");
  static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private Fixtures() {}

  static Item.Builder item() {
    return Item.builder()
        .line(1)
        .description("ceramic mug")
        .category(ItemCategory.FRAGILE)
        .quantity(3)
        .unitValue(Money.of("CNY", "50.00"));
  }

  static Shipment.Builder shipment() {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(ACCEPTED)
        .promisedBy(ACCEPTED.plusSeconds(3 * 86_400))
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(Money.of("CNY", "18.00"))
        .addContents(item().build());
  }

  static Evidence.Builder evidence() {
    return Evidence.builder()
        .id(EvidenceId.of("ev-1"))
        .kind(EvidenceKind.PURCHASE_PROOF)
        .submitter(Submitter.CLAIMANT)
        .submittedAt(ACCEPTED.plusSeconds(5 * 86_400))
        .document(DocumentReference.of(URI.create("s3://claims/ev-1.pdf"), DIGEST))
        .addStatedFacts(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, Money.of("CNY", "150.00")));
  }

  static Claim.Builder claim() {
    return Claim.builder()
        .id(ClaimId.of("C-1"))
        .type(ClaimType.LOSS)
        .shipment(shipment().build())
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(ACCEPTED.plusSeconds(5 * 86_400))
        .description("parcel never arrived; call me on 13800138000")
        .amountClaimed(Money.of("CNY", "150.00"))
        .addEvidence(evidence().build());
  }

  static ClaimIntake intake() {
    return ClaimIntake.form()
        .id(ClaimId.of("C-1"))
        .type(ClaimType.LOSS)
        .shipment(shipment())
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(ACCEPTED.plusSeconds(5 * 86_400))
        .description("parcel never arrived")
        .amountClaimed(Money.of("CNY", "150.00"));
  }

  static Party.Builder party() {
    return Party.builder()
        .ref(PartyRef.of("P-1"))
        .name("Zhang Wei")
        .phone("+86 138 0013 8000")
        .address("88 Nanjing Road, Huangpu District, Shanghai")
        .accountNumber("6222020200112233445");
  }
}
