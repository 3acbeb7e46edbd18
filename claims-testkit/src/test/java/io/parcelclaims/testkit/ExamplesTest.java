package io.parcelclaims.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.policy.AssessmentContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  @Test
  void theDefaultsBuildValidValues() {
    Shipment shipment = Examples.shipment().build();
    Claim claim = Examples.claim(ClaimType.LOSS, shipment).build();
    AssessmentContext context = Examples.context(claim).build();
    assertEquals(Examples.ACCEPTED_AT, claim.reportedAt());
    assertEquals(Examples.ACCEPTED_ON, context.governingDate());
    assertEquals(Examples.cny("0.00"), claim.amountClaimed());
    assertTrue(shipment.declaredValue().isEmpty());
    assertEquals(EvidenceKind.PHOTOS, Examples.evidence(EvidenceKind.PHOTOS, claim.reportedAt()).build().kind());
    assertEquals(2, Examples.item(ItemCategory.GENERAL, 2, Examples.cny("5.00")).build().quantity());
  }

  @Test
  void aTestOverridesADefault() {
    Shipment shipment = Examples.shipment(Examples.usd("30.00"), "3.4").transportMode(TransportMode.AIR).build();
    assertEquals(TransportMode.AIR, shipment.transportMode());
    assertEquals(Examples.usd("30.00"), shipment.shippingFee());
    Claim claim = Examples.damage(DamageExtent.PARTIAL, shipment).reportedAt(Examples.noon("2025-03-20")).build();
    assertEquals(Examples.noon("2025-03-20"), claim.reportedAt());
    assertEquals(LocalDate.of(2025, 2, 27), Examples.context().governingDate(LocalDate.of(2025, 2, 27)).build().governingDate());
  }

  @Test
  void aBuilderStartsFromAnExample() {
    Shipment shipment = Examples.shipment().build();
    Shipment heavier = Shipment.builder().from(shipment).grossWeightKg(new java.math.BigDecimal("4")).build();
    assertEquals(shipment.waybill(), heavier.waybill());
    assertEquals(new java.math.BigDecimal("4"), heavier.grossWeightKg());
  }
}
