package io.parcelclaims.rules.cn;

import static io.parcelclaims.rules.cn.CnClaims.cny;
import static io.parcelclaims.rules.cn.CnClaims.context;
import static io.parcelclaims.rules.cn.CnClaims.damage;
import static io.parcelclaims.rules.cn.CnClaims.insured;
import static io.parcelclaims.rules.cn.CnClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link InsuredProportional} beyond EX-02 (docs/carriers.md). */
class InsuredProportionalTest {

  @Test
  void an_uninsured_parcel_gets_no_line() {
    // GIVEN EX-02 without a declared value
    Claim claim = damage(DamageExtent.PARTIAL, shipment("20.00").build()).build();

    // WHEN
    Assessment a =
        InsuredProportional.policy()
            .assess(claim, context().provedValue(cny("5000.00")).assessedLoss(cny("1500.00")).build());

    // THEN
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(), a.lines());
  }

  @Test
  void refuses_a_governing_date_before_the_2015_amendment() {
    // GIVEN EX-02 governed by 2015-04-23
    Claim claim = damage(DamageExtent.PARTIAL, insured(shipment("20.00"), "2000.00", "10.00").build()).build();

    // WHEN / THEN
    assertThrows(
        IllegalArgumentException.class,
        () -> InsuredProportional.policy().assess(claim, context("2015-04-23").build()));
  }
}
