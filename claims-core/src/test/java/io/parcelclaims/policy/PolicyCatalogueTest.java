package io.parcelclaims.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyCatalogueTest {
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate JUN_2025 = LocalDate.of(2025, 6, 1);

  private static CompensationPolicy version(String v, EffectivePeriod period) {
    return Tariff.builder("test.family", v).effective(period)
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, Policies.shippingFee()).build();
  }

  private static final CompensationPolicy V1 = version("1", EffectivePeriod.between(JAN_2024, JUN_2025));
  private static final CompensationPolicy V2 = version("2", EffectivePeriod.from(JUN_2025));

  @Test
  void picks_the_version_in_force_on_the_date() {
    PolicyCatalogue c = PolicyCatalogue.of("test", List.of(V2, V1));

    assertEquals(Optional.of(V1), c.inForceOn(LocalDate.of(2024, 7, 1)));
    assertEquals(Optional.of(V2), c.inForceOn(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void periods_are_half_open_at_both_ends() {
    PolicyCatalogue c = PolicyCatalogue.of("test", List.of(V1, V2));

    assertEquals(Optional.of(V1), c.inForceOn(JAN_2024));
    assertEquals(Optional.of(V1), c.inForceOn(JUN_2025.minusDays(1)));
    assertEquals(Optional.of(V2), c.inForceOn(JUN_2025));
  }

  @Test
  void a_date_before_every_version_has_no_policy_in_force() {
    PolicyCatalogue c = PolicyCatalogue.of("test", List.of(V1, V2));

    assertEquals(Optional.empty(), c.inForceOn(JAN_2024.minusDays(1)));
  }

  @Test
  void the_claims_acceptance_date_governs_by_default() {
    PolicyCatalogue c = PolicyCatalogue.of("test", List.of(V1, V2));

    assertEquals(Optional.of(V1), c.governing(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.SHANGHAI));
  }

  @Test
  void the_catalogue_is_a_policy_whose_assessment_is_the_version_in_force_on_the_governing_date() {
    PolicyCatalogue c = PolicyCatalogue.of("test", List.of(V1, V2));
    Claim claim = PolicyFixtures.uninsuredLoss("18.00");

    Assessment early = c.assess(claim, PolicyFixtures.context().build());
    Assessment late = c.assess(claim, PolicyFixtures.context().governingDate(JUN_2025).build());

    assertEquals(V1.assess(claim, PolicyFixtures.context().build()), early);
    assertEquals(PolicyId.of("test.family", "1"), early.policy());
    assertEquals(PolicyId.of("test.family", "2"), late.policy());
    assertEquals(PolicyId.of("test", PolicyCatalogue.CATALOGUE_VERSION), c.id());
    assertEquals(EffectivePeriod.from(JAN_2024), c.period());
  }

  @Test
  void the_catalogue_derives_the_governing_date_when_the_caller_gives_only_a_zone() {
    // GIVEN versions changing on 2025-05-10, and acceptance at 2025-05-09T20:00Z: 05-09 in UTC
    // (version 1), 05-10 in Shanghai (version 2)
    LocalDate change = LocalDate.of(2025, 5, 10);
    PolicyCatalogue c = PolicyCatalogue.of("test", List.of(
        version("1", EffectivePeriod.between(JAN_2024, change)), version("2", EffectivePeriod.from(change))));
    Claim claim = PolicyFixtures.claim(acceptedAt(Instant.parse("2025-05-09T20:00:00Z")).build());
    Claim zoned = PolicyFixtures.claim(
        acceptedAt(Instant.parse("2025-05-09T20:00:00Z")).acceptanceZone(ZoneId.of("Asia/Shanghai")).build());

    // WHEN / THEN
    assertEquals("1", c.assess(claim, ZoneOffset.UTC, AssessmentInputs.builder().build()).policy().version());
    assertEquals("2", c.assess(claim, PolicyFixtures.SHANGHAI, AssessmentInputs.builder().build()).policy().version());
    assertEquals("2", c.assess(zoned, ZoneOffset.UTC, AssessmentInputs.builder().build()).policy().version());
    assertEquals(change, c.context(zoned, ZoneOffset.UTC).build().governingDate());
  }

  @Test
  void the_catalogue_refuses_a_governing_date_no_version_covers() {
    PolicyCatalogue c = PolicyCatalogue.of("test", List.of(V1, V2));

    assertThrows(IllegalArgumentException.class,
        () -> c.assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.context().governingDate(JAN_2024.minusDays(1)).build()));
    assertEquals(EffectivePeriod.between(JAN_2024, JUN_2025), PolicyCatalogue.of("test", List.of(V1)).period());
  }

  @Test
  void overlapping_periods_are_refused() {
    CompensationPolicy overlapping = version("2", EffectivePeriod.from(JUN_2025.minusDays(1)));

    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PolicyCatalogue.of("test", List.of(V1, overlapping)));

    assertEquals("versions[1]", e.violations().get(0).path());
    assertEquals("catalogue.overlap", e.violations().get(0).key());
  }

  @Test
  void an_open_ended_version_before_another_is_an_overlap() {
    CompensationPolicy openFirst = version("1", EffectivePeriod.from(JAN_2024));

    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PolicyCatalogue.of("test", List.of(openFirst, V2)));

    assertEquals("catalogue.overlap", e.violations().get(0).key());
  }

  @Test
  void gapped_periods_are_refused() {
    CompensationPolicy late = version("2", EffectivePeriod.from(JUN_2025.plusDays(1)));

    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PolicyCatalogue.of("test", List.of(V1, late)));

    Violation v = e.violations().get(0);
    assertEquals("catalogue.gap", v.key());
    assertTrue(v.message().contains("from 2025-06-01 to 2025-06-02"), v.message());
  }

  @Test
  void an_empty_catalogue_is_refused() {
    assertThrows(InvalidValueException.class, () -> PolicyCatalogue.of("test", List.of()));
  }

  private static Shipment.Builder acceptedAt(Instant accepted) {
    return Shipment.builder()
        .waybill(io.parcelclaims.claim.WaybillNumber.of("SF1234567890123"))
        .scope(io.parcelclaims.claim.ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(io.parcelclaims.claim.TransportMode.ROAD)
        .origin(io.parcelclaims.claim.Place.of("CN", "Shenzhen"))
        .destination(io.parcelclaims.claim.Place.of("CN", "Shanghai"))
        .acceptedAt(accepted)
        .grossWeightKg(java.math.BigDecimal.ONE)
        .chargeableWeightKg(java.math.BigDecimal.ONE)
        .shippingFee(io.parcelclaims.money.Money.of("CNY", "18.00"));
  }
}
