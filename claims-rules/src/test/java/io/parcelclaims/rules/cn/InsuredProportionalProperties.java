package io.parcelclaims.rules.cn;

import static io.parcelclaims.rules.cn.CnClaims.context;
import static io.parcelclaims.rules.cn.CnClaims.damage;
import static io.parcelclaims.rules.cn.CnClaims.insured;
import static io.parcelclaims.rules.cn.CnClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Invariants of {@link InsuredProportional} (docs/carriers.md: {@code L × I / V}, never above {@code L}). */
class InsuredProportionalProperties {

  @Property
  void never_pays_more_than_the_actual_loss_nor_the_insured_amount(
      @ForAll @LongRange(min = 1, max = 10_000_000) long valueCents,
      @ForAll @LongRange(min = 0, max = 10_000_000) long lossCents,
      @ForAll @LongRange(min = 0, max = 10_000_000) long insuredCents) {
    // GIVEN any V > 0, L ≤ V and I
    long loss = Math.min(lossCents, valueCents);
    Claim claim =
        damage(DamageExtent.PARTIAL, insured(shipment("20.00"), cents(insuredCents).amount().toPlainString(), "1.00").build())
            .build();

    // WHEN
    Assessment a =
        InsuredProportional.policy()
            .assess(claim, context().provedValue(cents(valueCents)).assessedLoss(cents(loss)).build());

    // THEN
    assertFalse(a.total().isGreaterThan(cents(loss)));
    assertFalse(a.total().isGreaterThan(cents(insuredCents)));
  }

  private static Money cents(long cents) {
    return Money.ofMinor(Currency.getInstance("CNY"), cents);
  }
}
