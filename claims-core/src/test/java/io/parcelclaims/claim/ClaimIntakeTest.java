package io.parcelclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimIntakeTest {

  @Test
  void reports_a_missing_attribute_a_bad_nested_value_and_a_claim_level_error_at_once() {
    // GIVEN a form without a channel, with a negative declared value, and a damage extent on a loss
    ClaimIntake form =
        ClaimIntake.form()
            .id(ClaimId.of("C-9"))
            .type(ClaimType.LOSS)
            .shipment(
                Fixtures.shipment()
                    .declaredValue(Money.of("CNY", "-5.00"))
                    .insurancePremium(Money.of("CNY", "1.00")))
            .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
            .reportedAt(Fixtures.ACCEPTED.plusSeconds(86_400))
            .description("lost")
            .amountClaimed(Money.of("CNY", "20.00"))
            .damageExtent(DamageExtent.TOTAL);

    // WHEN
    InvalidValueException e = assertThrows(InvalidValueException.class, form::toClaim);

    // THEN all three problems arrive together
    assertEquals(
        List.of(
            "channel: is required",
            "shipment.declaredValue: must not be negative (was CNY -5.00)",
            "damageExtent: applies only to damage claims (type is LOSS)"),
        e.violations().stream().map(Violation::toString).toList());
  }

  @Test
  void reports_missing_attributes_of_a_nested_shipment_under_its_path() {
    ClaimIntake form =
        Fixtures.intake().type(ClaimType.LOSS);
    ClaimIntake broken =
        ClaimIntake.form()
            .id(ClaimId.of("C-2"))
            .type(ClaimType.DAMAGE)
            .shipment(Shipment.builder().waybill(WaybillNumber.of("SF1234567890123")))
            .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.RECIPIENT))
            .channel(IntakeChannel.PHONE)
            .reportedAt(Fixtures.ACCEPTED)
            .description("box crushed")
            .amountClaimed(Money.of("CNY", "10.00"));

    List<String> paths = broken.violations().stream().map(Violation::path).toList();

    assertTrue(paths.contains("shipment.scope"), paths::toString);
    assertTrue(paths.contains("shipment.acceptedAt"), paths::toString);
    assertTrue(paths.contains("damageExtent"), paths::toString);
    assertEquals(List.of(), form.violations());
  }

  @Test
  void a_complete_form_becomes_the_same_claim_a_builder_makes() {
    Claim fromForm = Fixtures.intake().toClaim();

    Claim built =
        Claim.builder()
            .id(ClaimId.of("C-1"))
            .type(ClaimType.LOSS)
            .shipment(Fixtures.shipment().build())
            .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
            .channel(IntakeChannel.APP)
            .reportedAt(Fixtures.ACCEPTED.plusSeconds(5 * 86_400))
            .description("parcel never arrived")
            .amountClaimed(Money.of("CNY", "150.00"))
            .build();
    assertEquals(built, fromForm);
  }

  @Test
  void the_builder_reports_all_missing_attributes_in_one_exception() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Claim.builder().id(ClaimId.of("C-1")).build());

    assertEquals(
        List.of(
            "type", "shipment", "claimant", "channel", "reportedAt", "description", "amountClaimed"),
        e.violations().stream().map(Violation::path).toList());
  }
}
