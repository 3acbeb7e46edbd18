package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.intl.IntlClaims.EX_10A_CARRIAGE;
import static io.parcelclaims.rules.intl.IntlClaims.SHANGHAI;
import static io.parcelclaims.rules.intl.IntlClaims.byAir;
import static io.parcelclaims.rules.intl.IntlClaims.byRoad;
import static io.parcelclaims.rules.intl.IntlClaims.claim;
import static io.parcelclaims.rules.intl.IntlClaims.cny;
import static io.parcelclaims.rules.intl.IntlClaims.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.rules.Golden;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/worked-examples.md that the conventions decide: EX-10 (a), (b) and (c) (Montreal
 * air cargo, the limit by the date of carriage: 26, 22 and 19 SDR/kg) and EX-13 (CMR road, total
 * loss, with the carriage charges refunded in full). Each asserts the policy version the catalogue
 * picks, the outcome, every line, the total, the chosen rule ids and the rendered explanation
 * (golden files {@code ex-10*} and {@code ex-13} in both locales).
 */
class ConventionWorkedExamplesTest {
  private static final ExplanationRenderer RENDERER = ExplanationRenderer.of(ConventionMessages.SOURCE);

  @Test
  void ex_10a_montreal_carriage_on_2025_03_15_is_limited_to_26_sdr_per_kg() {
    // GIVEN air, 3.4 kg gross, proved loss 15,000.00 CNY, no special declaration, 1 SDR = 9.7000 CNY
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

    // WHEN
    Assessment a = assessUnderMontreal(claim, "2024-12-28");

    // THEN 26 × 3.4 = 88.4 SDR × 9.7000 = 857.48; min(15,000.00, 857.48) = 857.48
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation(cny("857.48"))), a.lines());
    assertEquals(cny("857.48"), a.total());
    assertEquals(montrealRuleIds("2024-12-28"), a.ruleIds());
    assertTrue(a.alternative().isEmpty(), "a convention limit is not a contested standard term");
    Golden.assertMatches("ex-10a", a, RENDERER);
  }

  @Test
  void ex_10b_montreal_carriage_on_2024_12_01_is_limited_to_22_sdr_per_kg() {
    // GIVEN EX-10, carried on 2024-12-01
    Claim claim = claim(ClaimType.LOSS, byAir(LocalDate.of(2024, 12, 1), "3.4", "CNY", "0.00"));

    // WHEN
    Assessment a = assessUnderMontreal(claim, "2019-12-28");

    // THEN 22 × 3.4 = 74.8 SDR × 9.7000 = 725.56
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation(cny("725.56"))), a.lines());
    assertEquals(cny("725.56"), a.total());
    assertEquals(montrealRuleIds("2019-12-28"), a.ruleIds());
    Golden.assertMatches("ex-10b", a, RENDERER);
  }

  @Test
  void ex_10c_montreal_carriage_on_2019_06_01_is_limited_to_19_sdr_per_kg() {
    // GIVEN EX-10, carried on 2019-06-01
    Claim claim = claim(ClaimType.LOSS, byAir(LocalDate.of(2019, 6, 1), "3.4", "CNY", "0.00"));

    // WHEN
    Assessment a = assessUnderMontreal(claim, "2009-12-30");

    // THEN 19 × 3.4 = 64.6 SDR × 9.7000 = 626.62
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation(cny("626.62"))), a.lines());
    assertEquals(cny("626.62"), a.total());
    assertEquals(montrealRuleIds("2009-12-30"), a.ruleIds());
    Golden.assertMatches("ex-10c", a, RENDERER);
  }

  @Test
  void ex_13_cmr_total_loss_pays_8_33_sdr_per_kg_and_refunds_the_carriage_charges_in_full() {
    // GIVEN road within Europe; 120 kg gross lost; value at taking over 30,000.00 CNY; carriage
    // charges 1,200.00; 1 SDR = 9.7000 CNY
    Claim claim = claim(ClaimType.LOSS, byRoad(EX_10A_CARRIAGE, "120", "CNY", "1200.00"));

    // WHEN
    Assessment a = Conventions.cmr().assess(claim, context(claim).provedValue(cny("30000.00")).build());

    // THEN 8.33 × 120 = 999.60 SDR × 9.7000 = 9,696.12; min(30,000.00, 9,696.12) = 9,696.12;
    // plus the charges in full (Art. 23(4)) 1,200.00 = 10,896.12
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(compensation(cny("9696.12")), SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("1200.00"))),
        a.lines());
    assertEquals(cny("10896.12"), a.total());
    assertEquals(
        List.of(
            "intl.cmr.art23@1956",
            "intl.cmr.applies@1956",
            "intl.cmr.compensation@1956",
            "intl.cmr.total-loss-cap@1956",
            "value.proved@1956",
            "intl.cmr.limit@1956",
            "intl.cmr.per-kg-limit@1956",
            "intl.cmr.charges@1956"),
        a.ruleIds());
    assertTrue(a.alternative().isEmpty());
    Golden.assertMatches("ex-13", a, RENDERER);
  }

  /** Picks the version by the date of carriage, checks it is the one expected, and assesses. */
  private static Assessment assessUnderMontreal(Claim claim, String expectedVersion) {
    CompensationPolicy version = Conventions.montrealCargo().governing(claim, SHANGHAI).orElseThrow();
    assertEquals(PolicyId.of("intl.mc99.cargo", expectedVersion), version.id());
    return version.assess(claim, context(claim).provedValue(cny("15000.00")).build());
  }

  private static List<String> montrealRuleIds(String version) {
    return List.of(
            "intl.mc99.cargo",
            "intl.mc99.applies",
            "intl.mc99.liability",
            "intl.mc99.weight-cap",
            "intl.mc99.actual-loss",
            "value.proved",
            "intl.mc99.per-kg-limit")
        .stream()
        .map(id -> id + "@" + version)
        .toList();
  }

  private static SettlementLine compensation(Money amount) {
    return SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, amount);
  }
}
