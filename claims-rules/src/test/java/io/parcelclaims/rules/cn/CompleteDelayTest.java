package io.parcelclaims.rules.cn;

import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.assertPayable;
import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.line;
import static io.parcelclaims.rules.cn.CnClaims.SHANGHAI;
import static io.parcelclaims.rules.cn.CnClaims.claim;
import static io.parcelclaims.rules.cn.CnClaims.cny;
import static io.parcelclaims.rules.cn.CnClaims.context;
import static io.parcelclaims.rules.cn.CnClaims.noon;
import static io.parcelclaims.rules.cn.CnClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.rules.carrier.Carriers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CompleteDelay} around the GB/T baseline and its delay remedy, with EX-09's parcel (
 * docs/claim-types.md, docs/worked-examples.md EX-09): promised 2025-03-03, undelivered, uninsured, V = 500.00, F = 20.00.
 */
class CompleteDelayTest {
  private final CompleteDelay policy = CompleteDelay.of(GbT27917.policy(), GbT27917.delay());
  private final AssessmentContext context = context().provedValue(cny("500.00")).build();

  @Test
  void reaching_the_limit_day_counts_by_default() {
    // GIVEN a loss claim on 2025-03-10, exactly 7 days after the promised date
    Claim claim = claim(ClaimType.LOSS, ex09Shipment().build(), "2025-03-10").build();

    // WHEN
    Assessment a = policy.assess(claim, context);

    // THEN treated as lost: the GB/T loss compensation (actual loss by law) plus the fee waiver
    assertPayable(
        a,
        "520.00",
        line(LineKind.COMPENSATION, Remedy.CASH, "500.00"),
        line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "20.00"));
    assertEquals("cn.gbt-27917.complete-delay@2011", a.ruleIds().get(0));
    assertEquals("cn.gbt-27917.3@2011", a.ruleIds().get(1));
  }

  @Test
  void when_only_exceeding_the_limit_counts_the_limit_day_is_too_early() {
    // GIVEN the same claim, with an exclusive boundary
    CompleteDelay exclusive =
        CompleteDelay.builder(GbT27917.policy(), GbT27917.delay()).reachingTheLimitCounts(false).build();
    Claim claim = claim(ClaimType.LOSS, ex09Shipment().build(), "2025-03-10").build();

    // WHEN
    Assessment a = exclusive.assess(claim, context);

    // THEN due the day after
    assertEquals(Outcome.NOT_YET_DUE, a.outcome());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 11)), a.dueOn());
    assertEquals(List.of(line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "20.00")), a.lines());
  }

  @Test
  void same_city_parcels_may_be_treated_as_lost_after_three_days() {
    // GIVEN a same-city parcel promised 2025-03-03
    Shipment shipment = ex09Shipment(ServiceScope.SAME_CITY).build();

    // WHEN
    Optional<LocalDate> lostFrom = policy.mayBeTreatedAsLostFrom(shipment, SHANGHAI);

    // THEN
    assertEquals(Optional.of(LocalDate.of(2025, 3, 6)), lostFrom);
  }

  @Test
  void the_promised_date_is_taken_in_the_given_zone() {
    // GIVEN a promise at 20:00 UTC on 2025-03-03, which is 2025-03-04 in Shanghai
    Shipment shipment = shipment("20.00").promisedBy(Instant.parse("2025-03-03T20:00:00Z")).build();

    // WHEN
    Optional<LocalDate> lostFrom = policy.mayBeTreatedAsLostFrom(shipment, SHANGHAI);

    // THEN
    assertEquals(Optional.of(LocalDate.of(2025, 3, 11)), lostFrom);
  }

  @Test
  void international_parcels_have_no_known_limit_and_need_a_completed_trace() {
    // GIVEN EX-09's parcel, but international
    Claim claim = claim(ClaimType.LOSS, ex09Shipment(ServiceScope.INTERNATIONAL).build(), "2025-03-11").build();

    // WHEN
    Assessment a = policy.assess(claim, context);

    // THEN
    assertEquals(Optional.empty(), policy.limitDays(ServiceScope.INTERNATIONAL));
    assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
    assertEquals(List.of(EvidenceKind.COMPLETED_TRACE), a.missingEvidence());
    assertEquals(List.of("cn.gbt-27917.complete-delay@2011"), a.ruleIds());
  }

  @Test
  void a_carrier_may_set_a_limit_for_a_scope_without_a_known_one() {
    // GIVEN a carrier that applies the domestic limit to Hong Kong, Macao and Taiwan
    CompleteDelay carriers =
        CompleteDelay.builder(GbT27917.policy(), GbT27917.delay())
            .limit(ServiceScope.HONG_KONG_MACAO_TAIWAN, CompleteDelay.DOMESTIC_INTER_CITY_DAYS)
            .build();
    Shipment shipment = ex09Shipment(ServiceScope.HONG_KONG_MACAO_TAIWAN).build();

    // WHEN
    Optional<LocalDate> lostFrom = carriers.mayBeTreatedAsLostFrom(shipment, SHANGHAI);

    // THEN
    assertEquals(Optional.of(LocalDate.of(2025, 3, 10)), lostFrom);
  }

  @Test
  void an_investigation_that_found_the_parcel_lost_needs_no_complete_delay() {
    // GIVEN a loss claim on 2025-03-09, before the limit, but the parcel was found lost
    Claim claim = claim(ClaimType.LOSS, ex09Shipment().build(), "2025-03-09").build();

    // WHEN
    Assessment a =
        policy.assess(claim, context().provedValue(cny("500.00")).finding(InvestigationFinding.LOST).build());

    // THEN
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(cny("520.00"), a.total());
  }

  @Test
  void an_investigation_that_found_the_carrier_not_liable_lets_the_loss_policy_deny() {
    // GIVEN EX-23 through the complete-delay preset: a loss claim on an undelivered parcel with no
    // promised time; the investigation found the carrier not liable, root cause force majeure
    Claim claim = claim(ClaimType.LOSS, shipment("18.00").build(), "2025-03-09").build();
    CompensationPolicy preset = CompleteDelay.of(Carriers.sfDomesticCopyB(), GbT27917.delay());

    // WHEN
    Assessment a =
        preset.assess(
            claim,
            context()
                .provedValue(cny("780.00"))
                .finding(InvestigationFinding.NOT_CARRIERS_LIABILITY)
                .rootCause(io.parcelclaims.claim.RootCause.FORCE_MAJEURE)
                .build());

    // THEN Civil Code Art. 832 answers instead of a request for a completed trace
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(io.parcelclaims.claim.DenialReason.FORCE_MAJEURE), a.denialReasons());
    assertEquals(
        List.of("cn.gbt-27917.complete-delay@2011", "carrier.sf.domestic.copy-b@21b.2026-11", "cn.civil-code.art832.force-majeure@21b.2026-11"),
        a.ruleIds());
  }

  @Test
  void force_majeure_denies_a_delay_claim_under_art_590() {
    // GIVEN EX-08's delayed parcel, delayed by force majeure
    Claim claim =
        claim(ClaimType.DELAY, shipment("15.00").promisedBy(noon("2025-06-03")).deliveredAt(noon("2025-06-05")).build(), "2025-06-06")
            .build();

    // WHEN
    Assessment a = policy.assess(claim, context().addDefences(io.parcelclaims.claim.DenialReason.FORCE_MAJEURE).build());

    // THEN the GB/T fee waiver is not due (Civil Code Art. 590)
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(io.parcelclaims.claim.DenialReason.FORCE_MAJEURE), a.denialReasons());
  }

  @Test
  void a_delay_claim_goes_to_the_delay_policy() {
    // GIVEN EX-08's delayed parcel claimed as a delay
    Claim claim =
        claim(ClaimType.DELAY, shipment("15.00").promisedBy(noon("2025-06-03")).deliveredAt(noon("2025-06-05")).build(), "2025-06-06")
            .build();

    // WHEN
    Assessment a = policy.assess(claim, context().build());

    // THEN
    assertPayable(a, "15.00", line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, "15.00"));
  }

  @Test
  void refuses_a_governing_date_before_may_2012() {
    // GIVEN EX-09's claim governed by 2012-04-30
    Claim claim = claim(ClaimType.LOSS, ex09Shipment().build(), "2025-03-11").build();

    // WHEN / THEN
    assertThrows(IllegalArgumentException.class, () -> policy.assess(claim, context("2012-04-30").build()));
  }

  @Test
  void is_in_force_only_while_the_policies_it_wraps_are() {
    // GIVEN SF copy B, in force from 2021-01-01, as the loss policy (the preset of Presets.all())
    CompleteDelay around = CompleteDelay.of(Carriers.sfDomesticCopyB(), GbT27917.delay());
    Claim claim = claim(ClaimType.DELAY, ex09Shipment().build(), "2025-03-11").build();

    // WHEN / THEN a date GB/T covers but copy B does not is refused as outside the period
    assertEquals(EffectivePeriod.from(LocalDate.of(2021, 1, 1)), around.period());
    assertThrows(IllegalArgumentException.class, () -> around.assess(claim, context("2020-12-31").build()));
  }

  @Test
  void refuses_wrapped_policies_that_are_never_in_force_together() {
    CompensationPolicy ended = Carriers.sfDomesticCopyB(EffectivePeriod.between(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 5, 1)));

    assertThrows(IllegalArgumentException.class, () -> CompleteDelay.of(ended, GbT27917.delay()));
  }

  private static Shipment.Builder ex09Shipment() {
    return ex09Shipment(ServiceScope.DOMESTIC_INTER_CITY);
  }

  private static Shipment.Builder ex09Shipment(ServiceScope scope) {
    return shipment(scope, "20.00").promisedBy(noon("2025-03-03"));
  }
}
