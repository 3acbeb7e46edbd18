package io.parcelclaims.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
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
}
