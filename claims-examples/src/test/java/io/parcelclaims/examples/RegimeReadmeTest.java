package io.parcelclaims.examples;

// README: the rules that govern a claim
import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.rules.regime.ConventionStates;
import io.parcelclaims.rules.regime.GoverningRegime;
import io.parcelclaims.rules.regime.RegimeChooser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

class FirstPolicyExample {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  // Which states are parties to Montreal, Warsaw/Hague and CMR is your data: the SDK ships none.
  static final RegimeChooser RULES = RegimeChooser.of(ConventionStates.none().withMontreal("CN", "US"));

  static Claim lostAirParcel() {
    Shipment shipment = Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .carrier(Carrier.express("sf-express"))
        .scope(ServiceScope.INTERNATIONAL)
        .transportMode(TransportMode.AIR)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("US", "New York"))
        .acceptedAt(Instant.parse("2025-03-15T02:00:00Z"))
        .acceptanceZone(SHANGHAI)
        .grossWeightKg(new BigDecimal("3.4"))
        .chargeableWeightKg(new BigDecimal("3.4"))
        .shippingFee(Money.of("CNY", "0.00"))
        .build();
    return Claim.builder()
        .id(ClaimId.of("C-1"))
        .type(ClaimType.LOSS)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(Instant.parse("2025-04-01T02:00:00Z"))
        .description("parcel lost in air transit")
        .amountClaimed(Money.of("CNY", "15000.00"))
        .build();
  }

  static GoverningRegime whichRules(Claim claim) {
    return RULES.choose(claim); // MONTREAL, with its policy and a step that says why
  }

  static Assessment assess(Claim claim) {
    AssessmentInputs inputs = AssessmentInputs.builder()
        .provedValue(Money.of("CNY", "15000.00"))
        .sdrRate(SdrRate.of("CNY", "9.7000", LocalDate.of(2025, 4, 1)))
        .build();
    // the version in force on the date of carriage, picked for you: 26 SDR/kg × 3.4 kg → CNY 857.48
    return RULES.assess(claim, SHANGHAI, inputs);
  }
}
// end README

/**
 * Runs the README's first policy example, copied here verbatim between the markers, imports included
 * (docs/worked-examples.md EX-10 (a): 26 × 3.4 = 88.4 SDR × 9.7000 = 857.48).
 */
class RegimeReadmeTest {

  @org.junit.jupiter.api.Test
  void the_first_policy_example_assesses_a_claim_with_the_rules_that_govern_it() {
    Claim claim = FirstPolicyExample.lostAirParcel();

    GoverningRegime regime = FirstPolicyExample.whichRules(claim);
    Assessment a = FirstPolicyExample.assess(claim);

    org.junit.jupiter.api.Assertions.assertEquals(io.parcelclaims.rules.regime.Regime.MONTREAL, regime.regime());
    org.junit.jupiter.api.Assertions.assertEquals("intl.mc99.cargo@2024-12-28", a.policy().toString());
    org.junit.jupiter.api.Assertions.assertEquals(Money.of("CNY", "857.48"), a.total());
    org.junit.jupiter.api.Assertions.assertEquals("regime.chooser@2026-12", a.ruleIds().get(0));
    java.util.List<String> zh = io.parcelclaims.rules.Presets.renderer().render(a, java.util.Locale.SIMPLIFIED_CHINESE);
    org.junit.jupiter.api.Assertions.assertEquals(
        "[regime.chooser@2026-12] 航空运输，CN 至 US，两国均为《蒙特利尔公约》（1999）缔约国：适用《蒙特利尔公约》", zh.get(0));
  }
}
