package io.parcelclaims.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context's own checks: established amounts and weights. */
class AssessmentContextTest {

  @Test
  void keeps_an_affected_weight_above_zero() {
    // GIVEN / WHEN
    AssessmentContext ctx = PolicyFixtures.context().affectedWeightKg(new BigDecimal("0.5")).build();

    // THEN
    assertEquals(new BigDecimal("0.5"), ctx.affectedWeightKg().orElseThrow());
  }

  @Test
  void rejects_a_zero_affected_weight_and_a_negative_proved_value_at_once() {
    // GIVEN
    AssessmentContext.Builder b =
        PolicyFixtures.context().affectedWeightKg(BigDecimal.ZERO).provedValue(Money.of("CNY", "-1.00"));

    // WHEN
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);

    // THEN
    assertEquals(
        List.of("provedValue", "affectedWeightKg"), e.violations().stream().map(Violation::path).toList());
    assertEquals("value.must-be-positive", e.violations().get(1).key());
  }
}
