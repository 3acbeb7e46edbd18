package io.parcelclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.parcelclaims.money.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How values are copied: a builder starts from a value, and a later setter replaces an earlier one. */
class ValueCopyTest {

  @Test
  void a_builder_starting_from_a_value_changes_only_what_is_set_again() {
    Claim claim = Fixtures.claim().build();

    Claim damaged = Claim.builder().from(claim).type(ClaimType.DAMAGE).damageExtent(DamageExtent.TOTAL).build();

    assertEquals(ClaimType.DAMAGE, damaged.type());
    assertEquals(claim.shipment(), damaged.shipment());
    assertEquals(claim.evidence(), damaged.evidence());
    assertNotEquals(claim, damaged);
    assertEquals(claim, Claim.builder().from(damaged).type(ClaimType.LOSS).damageExtent(Optional.empty()).build());
  }

  @Test
  void a_fixtures_default_is_overridden_by_a_later_setter_and_a_list_setter_replaces_the_list() {
    Shipment shipment = Fixtures.shipment().shippingFee(Money.of("CNY", "12.00")).contents(List.of()).build();

    assertEquals(Money.of("CNY", "12.00"), shipment.shippingFee());
    assertEquals(List.of(), shipment.contents());
  }
}
