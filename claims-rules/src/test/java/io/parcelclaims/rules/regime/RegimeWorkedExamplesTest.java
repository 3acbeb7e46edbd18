package io.parcelclaims.rules.regime;

import static io.parcelclaims.rules.regime.RegimeClaims.SHANGHAI;
import static io.parcelclaims.rules.regime.RegimeClaims.accepted;
import static io.parcelclaims.rules.regime.RegimeClaims.claim;
import static io.parcelclaims.rules.regime.RegimeClaims.cny;
import static io.parcelclaims.rules.regime.RegimeClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.rules.intl.Conventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Assess this claim with the rules that govern it", one call per regime, on docs/worked-examples.md's worked
 * examples: each answer keeps the example's figures, is the governing policy's own assessment
 * (outcome, lines, total, reasons, alternative), and carries the chooser's step as the root of its
 * explanation, so its rule ids are {@code regime.chooser@2026-12} followed by the policy's.
 */
class RegimeWorkedExamplesTest {
  private static final String CHOOSER_ID = RegimeChooser.ID + "@" + RegimeChooser.VERSION;
  private static final SdrRate SDR_RATE =
      new SdrRate(Currency.getInstance("CNY"), new BigDecimal("9.7000"), RegimeClaims.CARRIAGE);
  private static final RegimeChooser CHOOSER = RegimeChooser.of(ConventionStates.none()
      .withMontreal("CN", "US")
      .withWarsawHague("CN", "TH")
      .withCmr("PL", "DE"));

  /** The policy's own answer, on a context governed by the acceptance date in Shanghai. */
  private static Assessment direct(CompensationPolicy policy, Claim claim, AssessmentInputs inputs) {
    AssessmentContext.Builder b = AssessmentContext.builder().inputs(inputs);
    b.governingDate(claim.shipment().acceptanceDate(SHANGHAI)).zone(SHANGHAI);
    return policy.assess(claim, b.build());
  }

  private static void assertUnderRegime(Regime regime, Assessment expected, Assessment a) {
    assertEquals(expected.policy(), a.policy());
    assertEquals(expected.outcome(), a.outcome());
    assertEquals(expected.lines(), a.lines());
    assertEquals(expected.total(), a.total());
    assertEquals(expected.denialReasons(), a.denialReasons());
    assertEquals(expected.alternative(), a.alternative());
    assertEquals(List.of(expected.explanation()), a.explanation().children());
    assertEquals(PolicyId.of(RegimeChooser.ID, RegimeChooser.VERSION), a.explanation().rule());
    List<String> ids = new ArrayList<>(List.of(CHOOSER_ID));
    ids.addAll(expected.ruleIds());
    assertEquals(ids, a.ruleIds());
    assertEquals(regime.code(), a.explanation().facts().stream()
        .filter(f -> f.name().equals("regime")).findFirst().orElseThrow().value().text());
  }

  private static SettlementLine compensation(Money amount) {
    return SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, amount);
  }

  @Test
  void ex06a_a_china_post_parcel_is_assessed_under_the_postal_law() {
    // GIVEN EX-06 (a): a universal-service parcel of China Post, postage 12.00, actual loss 200.00
    Claim claim = claim(ClaimType.LOSS,
        shipment(Carrier.chinaPost(), MailClass.POSTAL_RECEIPTED, TransportMode.ROAD, "CN", "CN", "2", "12.00"));
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(cny("200.00")).build();

    // WHEN
    Assessment a = CHOOSER.assess(claim, SHANGHAI, inputs);

    // THEN min(200.00, 3 × 12.00 = 36.00) = 36.00; the Art. 47 ¶3 alternative 200.00 (rev. 2026-12)
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation(cny("36.00"))), a.lines());
    assertEquals(cny("36.00"), a.total());
    assertEquals(cny("200.00"), a.alternative().orElseThrow().total());
    assertEquals(
        List.of(
            CHOOSER_ID,
            "cn.postal-law.art47@2015",
            "cn.postal-law.art47.compensation@2015",
            "cn.postal-law.art47-2.uninsured@2015",
            "cn.postal-law.art47-2.cap@2015",
            "cn.postal-law.actual-loss@2015",
            "value.proved@2015",
            "cn.postal-law.art47-2.three-times-postage@2015"),
        a.ruleIds());
    assertUnderRegime(Regime.POSTAL_LAW, direct(PostalLaw.policy(), claim, inputs), a);
  }

  @Test
  void an_express_companys_uninsured_loss_is_assessed_under_civil_law_at_the_actual_loss() {
    // GIVEN EX-04's parcel (freight 18.00, proved value 780.00, lost) of an express company
    Claim claim = claim(ClaimType.LOSS,
        shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN", "2", "18.00"));
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(cny("780.00")).build();

    // WHEN
    Assessment a = CHOOSER.assess(claim, SHANGHAI, inputs);

    // THEN the Civil Code (Art. 584, 833): the actual loss, 780.00, no cap
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(cny("780.00"), a.total());
    assertEquals(PolicyId.of(CivilCodeExpress.ID, CivilCodeExpress.VERSION), a.policy());
    assertUnderRegime(Regime.CIVIL_LAW, direct(CivilCodeExpress.policy(), claim, inputs), a);
  }

  @Test
  void ex04_the_carriers_own_preset_replaces_the_civil_code_for_its_claims() {
    // GIVEN EX-04: SF-B, uninsured, freight 18.00, proved value 780.00, lost
    CompensationPolicy sfB = Carriers.sfDomesticCopyB();
    RegimeChooser sf = CHOOSER.withPolicy(Regime.CIVIL_LAW, sfB);
    Claim claim = claim(ClaimType.LOSS,
        shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN", "2", "18.00"));
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(cny("780.00")).build();

    // WHEN
    Assessment a = sf.assess(claim, SHANGHAI, inputs);

    // THEN min(780.00, 7 × 18.00 = 126.00) = 126.00 + the freight waived 18.00 = 144.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(cny("144.00"), a.total());
    assertUnderRegime(Regime.CIVIL_LAW, direct(sfB, claim, inputs), a);
  }

  @Test
  void ex10a_air_cargo_between_montreal_parties_is_assessed_under_the_version_in_force_on_the_date_of_carriage() {
    // GIVEN EX-10 (a): air, 3.4 kg, proved loss 15,000.00, carriage 2025-03-15, 1 SDR = 9.7000 CNY
    Claim claim = claim(ClaimType.LOSS, shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.AIR, "CN", "US"));
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(cny("15000.00")).sdrRate(SDR_RATE).build();

    // WHEN
    Assessment a = CHOOSER.assess(claim, SHANGHAI, inputs);

    // THEN 26 × 3.4 = 88.4 SDR × 9.7000 = 857.48, under the 2024-12-28 revision
    assertEquals(PolicyId.of(Conventions.MONTREAL_CARGO, "2024-12-28"), a.policy());
    assertEquals(List.of(compensation(cny("857.48"))), a.lines());
    assertEquals(cny("857.48"), a.total());
    assertUnderRegime(Regime.MONTREAL, direct(Conventions.montrealCargo(), claim, inputs), a);
  }

  @Test
  void the_date_of_carriage_is_taken_in_the_zone_of_the_place_of_acceptance() {
    // GIVEN EX-10's shipment accepted at 2024-12-27T20:00Z in Shenzhen: 2024-12-28 there, so the
    // 26 SDR revision governs even when the desk works in UTC (where it is still 2024-12-27)
    Instant accepted = Instant.parse("2024-12-27T20:00:00Z");
    Claim zoned = claim(ClaimType.LOSS, shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.AIR,
        "CN", "US", "3.4", cny("0.00")).acceptedAt(accepted).acceptanceZone(ZoneId.of("Asia/Shanghai")).build());
    Claim unzoned = claim(ClaimType.LOSS, shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.AIR,
        "CN", "US", "3.4", cny("0.00")).acceptedAt(accepted).build());
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(cny("15000.00")).sdrRate(SDR_RATE).build();

    // WHEN / THEN 26 × 3.4 × 9.7000 = 857.48 (EX-10 (a)); in UTC without the zone, 22 × 3.4 × 9.7000 = 725.56 (EX-10 (b))
    assertEquals(cny("857.48"), CHOOSER.assess(zoned, ZoneOffset.UTC, inputs).total());
    assertEquals(PolicyId.of(Conventions.MONTREAL_CARGO, "2019-12-28"), CHOOSER.assess(unzoned, ZoneOffset.UTC, inputs).policy());
    assertEquals(cny("725.56"), CHOOSER.assess(unzoned, ZoneOffset.UTC, inputs).total());
  }

  @Test
  void air_cargo_where_one_state_is_not_a_montreal_party_is_assessed_under_warsaw_hague() {
    // GIVEN EX-10 (a)'s shipment to a state party to Warsaw/Hague only
    Claim claim = claim(ClaimType.LOSS, shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.AIR, "CN", "TH"));
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(cny("15000.00")).sdrRate(SDR_RATE).build();

    // WHEN
    Assessment a = CHOOSER.assess(claim, SHANGHAI, inputs);

    // THEN 17 × 3.4 = 57.8 SDR × 9.7000 = 560.66 (MAP4's 17 SDR/kg for 250 francs)
    assertEquals(PolicyId.of(Conventions.WARSAW_CARGO, "hague-1955.sdr-17"), a.policy());
    assertEquals(cny("560.66"), a.total());
    assertUnderRegime(Regime.WARSAW_HAGUE, direct(Conventions.warsawHague(), claim, inputs), a);
  }

  @Test
  void ex13_road_carriage_between_cmr_states_is_assessed_under_cmr() {
    // GIVEN EX-13: road, 120 kg lost, value 30,000.00, carriage charges 1,200.00, 1 SDR = 9.7000 CNY
    Claim claim = claim(ClaimType.LOSS,
        shipment(Carrier.of(io.parcelclaims.claim.CarrierKind.OTHER, "haulier"), MailClass.EXPRESS, TransportMode.ROAD,
            "PL", "DE", "120", "1200.00"));
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(cny("30000.00")).sdrRate(SDR_RATE).build();

    // WHEN
    Assessment a = CHOOSER.assess(claim, SHANGHAI, inputs);

    // THEN 8.33 × 120 = 999.60 SDR × 9.7000 = 9,696.12 + the charges in full 1,200.00 = 10,896.12
    assertEquals(
        List.of(compensation(cny("9696.12")), SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("1200.00"))),
        a.lines());
    assertEquals(cny("10896.12"), a.total());
    assertUnderRegime(Regime.CMR, direct(Conventions.cmr(), claim, inputs), a);
  }

  @Test
  void ex17a_no_convention_governs_so_the_carriers_international_terms_decide_when_supplied() {
    // GIVEN EX-17 (a): SF, uninsured, by air, 2.5 kg, value USD 300.00, to a state party to neither
    Claim claim = claim(ClaimType.LOSS, shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.AIR,
        "CN", "BR", "2.5", Money.of("USD", "0.00")).acceptedAt(accepted()).build());
    AssessmentInputs inputs = AssessmentInputs.builder().provedValue(Money.of("USD", "300.00")).build();
    CompensationPolicy terms = Carriers.sfInternational();

    // WHEN / THEN without the carrier's terms there is nothing to run
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> CHOOSER.assess(claim, SHANGHAI, inputs));
    assertEquals(true, none.getMessage().contains("regime none"), none.getMessage());

    // AND with them: min(300.00, 100.00, 20 × 2.5 = 50.00) = USD 50.00
    Assessment a = CHOOSER.withPolicy(Regime.NONE, terms).assess(claim, SHANGHAI, inputs);
    assertEquals(Money.of("USD", "50.00"), a.total());
    assertUnderRegime(Regime.NONE, direct(terms, claim, inputs), a);
  }

  @Test
  void the_chooser_runs_on_a_context_as_given_and_is_in_force_on_every_date() {
    // GIVEN EX-10 (a) with a context the caller built, governed by the date of carriage
    Claim claim = claim(ClaimType.LOSS, shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.AIR, "CN", "US"));
    AssessmentContext context = AssessmentContext.builder()
        .governingDate(RegimeClaims.CARRIAGE).zone(SHANGHAI).provedValue(cny("15000.00")).sdrRate(SDR_RATE).build();

    // WHEN / THEN
    assertEquals(cny("857.48"), CHOOSER.assess(claim, context).total());
    assertEquals(LocalDate.MIN, CHOOSER.period().from());
    assertEquals(PolicyId.of("regime.chooser", "2026-12"), CHOOSER.id());
  }
}
