package io.parcelclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import io.parcelclaims.workflow.Settlement;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad input, the one violation it produces: its path and its message. Inputs come through
 * builders, factories and {@code with*} copies alike, and all raise the same exception type.
 */
class InvalidInputTest {

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("negative shipping fee",
            () -> ((ImmutableShipment) Fixtures.shipment().build()).withShippingFee(Money.of("CNY", "-1.00")),
            "shippingFee", "must not be negative (was CNY -1.00)"),
        bad("negative declared value",
            () -> Fixtures.shipment().declaredValue(Money.of("CNY", "-5.00"))
                .insurancePremium(Money.of("CNY", "1.00")).build(),
            "declaredValue", "must not be negative (was CNY -5.00)"),
        bad("wrongly scaled money",
            () -> Money.of("CNY", "18.001"),
            "amount", "has 3 decimal places; CNY allows 2"),
        bad("declared value without premium",
            () -> Fixtures.shipment().declaredValue(Money.of("CNY", "3000.00")).build(),
            "insurancePremium", "is required when a declared value is given"),
        bad("premium without declared value",
            () -> Fixtures.shipment().insurancePremium(Money.of("CNY", "9.00")).build(),
            "declaredValue", "is required when an insurance premium is given"),
        bad("declared value in another currency",
            () -> Fixtures.shipment().declaredValue(Money.of("USD", "100.00"))
                .insurancePremium(Money.of("CNY", "1.00")).build(),
            "declaredValue", "must be in the shipping fee's currency CNY (was USD)"),
        bad("delivery before shipping",
            () -> Fixtures.shipment().deliveredAt(Fixtures.ACCEPTED.minusSeconds(60)).build(),
            "deliveredAt", "must not be before acceptedAt (2025-05-10T02:00:00Z)"),
        bad("promise before shipping",
            () -> ((ImmutableShipment) Fixtures.shipment().build()).withPromisedBy(Fixtures.ACCEPTED.minusSeconds(1)),
            "promisedBy", "must not be before acceptedAt (2025-05-10T02:00:00Z)"),
        bad("zero gross weight",
            () -> ((ImmutableShipment) Fixtures.shipment().build()).withGrossWeightKg(BigDecimal.ZERO),
            "grossWeightKg", "must be above zero (was 0)"),
        bad("duplicate item line",
            () -> Fixtures.shipment().addContents(Fixtures.item().build()).build(),
            "contents[1].line", "duplicates line 1"),
        bad("report before shipping",
            () -> ((ImmutableClaim) Fixtures.claim().build()).withReportedAt(Fixtures.ACCEPTED.minusSeconds(3600)),
            "reportedAt", "must not be before the shipment was accepted (2025-05-10T02:00:00Z)"),
        bad("affected item the shipment does not contain",
            () -> Fixtures.claim().addAffectedItems(AffectedItem.of(7, 1)).build(),
            "affectedItems[0].line", "the shipment has no item line 7"),
        bad("quantity above what was shipped",
            () -> Fixtures.claim().addAffectedItems(AffectedItem.of(1, 5)).build(),
            "affectedItems[0].quantity", "must not exceed the 3 shipped (was 5)"),
        bad("claim in another currency",
            () -> ((ImmutableClaim) Fixtures.claim().build()).withAmountClaimed(Money.of("USD", "20.00")),
            "amountClaimed", "must be in the shipment's currency CNY (was USD)"),
        bad("negative amount claimed",
            () -> ((ImmutableClaim) Fixtures.claim().build()).withAmountClaimed(Money.of("CNY", "-20.00")),
            "amountClaimed", "must not be negative (was CNY -20.00)"),
        bad("damage claim without extent",
            () -> ((ImmutableClaim) Fixtures.claim().build()).withType(ClaimType.DAMAGE),
            "damageExtent", "is required for a damage claim"),
        bad("extent on a loss claim",
            () -> Fixtures.claim().damageExtent(DamageExtent.TOTAL).build(),
            "damageExtent", "applies only to damage claims (type is LOSS)"),
        bad("blank description",
            () -> ((ImmutableClaim) Fixtures.claim().build()).withDescription("   "),
            "description", "must not be blank"),
        bad("duplicate evidence id",
            () -> Fixtures.claim().addEvidence(Fixtures.evidence().build()).build(),
            "evidence[1].id", "duplicates evidence[0]"),
        bad("empty waybill",
            () -> WaybillNumber.of(""),
            "value", "must not be empty"),
        bad("malformed waybill",
            () -> WaybillNumber.of("sf 123"),
            "value", "must be 8 to 32 upper-case letters or digits (was \"sf 123\")"),
        bad("digest that is not 64 hex characters",
            () -> DocumentReference.of(URI.create("s3://claims/a.pdf"), "abc123"),
            "sha256", "must be 64 lowercase hex characters (was 6 characters)"),
        bad("relative document uri",
            () -> DocumentReference.of(URI.create("a.pdf"), Fixtures.DIGEST),
            "uri", "must be an absolute URI (was \"a.pdf\")"),
        bad("item quantity of zero",
            () -> ((ImmutableItem) Fixtures.item().build()).withQuantity(0),
            "quantity", "must be 1 or more (was 0)"),
        bad("negative unit value",
            () -> ((ImmutableItem) Fixtures.item().build()).withUnitValue(Money.of("CNY", "-1.00")),
            "unitValue", "must not be negative (was CNY -1.00)"),
        bad("malformed country",
            () -> Place.of("China", "Shanghai"),
            "country", "must be an ISO 3166-1 alpha-2 code such as CN (was \"China\")"),
        bad("malformed phone number",
            () -> ((ImmutableParty) Fixtures.party().build()).withPhone("call me"),
            "phone", "must be 5 to 20 digits, spaces or dashes, optionally after a +"),
        bad("blank party name",
            () -> ((ImmutableParty) Fixtures.party().build()).withName(""),
            "name", "must not be blank"),
        bad("stated fact with neither amount nor text",
            () -> ImmutableStatedFact.builder().name("receipt-amount").build(),
            "amount", "exactly one of amount and text must be given"),
        bad("duplicate authority currency",
            () -> Actor.builder().id(ActorId.of("a-1")).role(ActorRole.ASSESSOR)
                .addAuthorityLimits(Money.of("CNY", "1000.00"), Money.of("CNY", "2000.00")).build(),
            "authorityLimits[1]", "duplicates the CNY limit at authorityLimits[0]"),
        bad("negative authority limit",
            () -> Actor.builder().id(ActorId.of("a-1")).role(ActorRole.ASSESSOR)
                .addAuthorityLimits(Money.of("CNY", "-1.00")).build(),
            "authorityLimits[0]", "must not be negative (was CNY -1.00)"),
        bad("settlement lines in two currencies",
            () -> Settlement.builder().claimId(ClaimId.of("C-1"))
                .addLines(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, Money.of("CNY", "1.00")),
                    SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, Money.of("USD", "1.00")))
                .paymentMethod(PaymentMethod.ALIPAY).policy(PolicyId.of("sf.domestic", "b"))
                .decidedAt(Instant.EPOCH).build(),
            "lines[1].amount", "must be in the first line's currency CNY (was USD)"),
        bad("settlement deductions above the lines",
            () -> Settlement.builder().claimId(ClaimId.of("C-1"))
                .addLines(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, Money.of("CNY", "1.00")),
                    SettlementLine.of(LineKind.SALVAGE_DEDUCTION, Remedy.CASH, Money.of("CNY", "2.00")))
                .paymentMethod(PaymentMethod.ALIPAY).policy(PolicyId.of("sf.domestic", "b"))
                .decidedAt(Instant.EPOCH).build(),
            "lines", "deductions exceed the lines they reduce (total CNY -1.00)"),
        bad("malformed claim id",
            () -> ClaimId.of("C 1"),
            "value", "must be 1 to 128 letters, digits or . _ : - starting with a letter or digit (was \"C 1\")"),
        bad("malformed code",
            () -> Remedy.of("cash back"),
            "code", "must be 1 to 64 letters, digits or . _ - starting with a letter or digit (was \"cash back\")"),
        bad("malformed policy id",
            () -> PolicyId.of("SF.Domestic", "b"),
            "id", "must be lowercase letters, digits, . or - starting with a letter (was \"SF.Domestic\")"),
        bad("missing attribute",
            () -> Item.builder().line(1).quantity(1).unitValue(Money.of("CNY", "1.00")).build(),
            "description", "is required"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void each_bad_input_names_its_field_and_problem(
      String name, Executable build, String path, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);

    assertEquals(List.of(path + ": " + message), e.violations().stream().map(Violation::toString).toList());
  }

  private static Arguments bad(String name, Executable build, String path, String message) {
    return Arguments.of(name, build, path, message);
  }
}
