package io.parcelclaims.policy;

import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.minOf;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TariffTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** An uninsured loss capped at 7 × freight (a contested standard term), plus the freight waived. */
  private static CompensationPolicy sevenTimesFreight() {
    return Tariff.builder("test.seven-times", "1")
        .effective(EffectivePeriod.from(START))
        .denyWhen("test.force-majeure", Policies.defence(DenialReason.FORCE_MAJEURE), DenialReason.FORCE_MAJEURE)
        .line(LineKind.COMPENSATION, Remedy.CASH, firstApplicable("test.compensation",
            when(insured(), minOf("test.insured-loss", insuredAmount(), provedValue())),
            otherwise(provedValue().cappedAtContested("test.cap", feeMultiple("test.fee-x7", 7)))))
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, shippingFee())
        .build();
  }

  @Test
  void uninsured_loss_pays_the_value_capped_at_seven_times_the_fee_plus_the_fee() {
    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(
        List.of(
            SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, Money.of("CNY", "126.00")),
            SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, Money.of("CNY", "18.00"))),
        a.lines());
    assertEquals(Money.of("CNY", "144.00"), a.total());
    assertEquals(
        List.of("test.seven-times@1", "test.compensation@1", "test.cap@1", "value.proved@1", "test.fee-x7@1", "value.shipping-fee@1"),
        a.ruleIds());
  }

  @Test
  void a_contested_cap_that_applied_yields_the_uncapped_alternative() {
    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    Alternative alt = a.alternative().orElseThrow();
    assertEquals(Money.of("CNY", "798.00"), alt.total());
    assertEquals("alternative.contested-cap", alt.reasonKey());
    assertTrue(alt.explanation().flatten().stream().anyMatch(s -> s.messageKey().equals("explain.cap-set-aside")));
  }

  @Test
  void proven_notice_of_the_cap_removes_the_alternative() {
    AssessmentContext ctx = PolicyFixtures.context().provedValue(Money.of("CNY", "780.00")).capNoticeProven(true).build();

    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), ctx);

    assertFalse(a.alternative().isPresent());
    assertEquals(Money.of("CNY", "144.00"), a.total());
  }

  @Test
  void a_cap_that_was_not_reached_gives_no_alternative() {
    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("100.00"));

    assertEquals(Money.of("CNY", "118.00"), a.total());
    assertFalse(a.alternative().isPresent());
  }

  @Test
  void without_a_proved_value_it_asks_for_purchase_proof() {
    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.context().build());

    assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
    assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), a.missingEvidence());
    assertEquals(List.of(), a.lines());
  }

  @Test
  void an_established_defence_denies_with_its_reason_and_a_step() {
    AssessmentContext ctx = PolicyFixtures.context().addDefences(DenialReason.FORCE_MAJEURE).build();

    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), ctx);

    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.FORCE_MAJEURE), a.denialReasons());
    assertEquals(List.of("test.seven-times@1", "test.force-majeure@1"), a.ruleIds());
    assertEquals(Money.of("CNY", "0.00"), a.total());
  }

  @Test
  void earlier_branches_considered_are_kept_as_not_chosen() {
    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    ExplanationStep notChosen = a.steps().stream().filter(s -> !s.chosen()).findFirst().orElseThrow();
    assertEquals("test.insured-loss@1", notChosen.rule().toString());
    assertEquals("explain.branch-not-chosen", notChosen.messageKey());
  }

  @Test
  void insured_loss_pays_the_lesser_of_declared_and_proved_value() {
    Claim claim = PolicyFixtures.claim(
        PolicyFixtures.shipment("23.00").declaredValue(Money.of("CNY", "8000.00")).insurancePremium(Money.of("CNY", "9.00")).build());

    Assessment a = sevenTimesFreight().assess(claim, PolicyFixtures.proved("5000.00"));

    assertEquals(Money.of("CNY", "5023.00"), a.total());
  }

  @Test
  void assessing_outside_the_effective_period_is_refused() {
    AssessmentContext before = AssessmentContext.builder().governingDate(START.minusDays(1))
        .zone(PolicyFixtures.SHANGHAI).provedValue(Money.of("CNY", "1.00")).build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), before));

    assertEquals("test.seven-times@1 is in force [2024-01-01, ), not on 2023-12-31", e.getMessage());
  }

  @Test
  void floors_deductibles_multipliers_and_proportions_each_round_once() {
    CompensationPolicy p = Tariff.builder("test.parts", "2")
        .effective(EffectivePeriod.from(START))
        .rounding(RoundingMode.HALF_UP)
        .line(LineKind.COMPENSATION, Remedy.CASH, provedValue()
            .proportionalToLoss("test.share")
            .times("test.half", new BigDecimal("0.5"))
            .lessDeductible("test.deductible", Money.of("CNY", "10.00"))
            .lessPercent("test.ten-percent", BigDecimal.TEN)
            .atLeast("test.floor", Policies.fixed("test.minimum", Money.of("CNY", "5.00"))))
        .build();
    AssessmentContext ctx = PolicyFixtures.context()
        .provedValue(Money.of("CNY", "300.00")).assessedLoss(Money.of("CNY", "100.00")).build();

    Assessment a = p.assess(PolicyFixtures.uninsuredLoss("18.00"), ctx);

    // 300 × 100/300 = 100.00; × 0.5 = 50.00; − 10 = 40.00; − 10% = 36.00; floor 5 not needed
    assertEquals(Money.of("CNY", "36.00"), a.total());
    assertEquals(
        List.of("test.parts@2", "test.floor@2", "test.ten-percent@2", "test.deductible@2", "test.half@2", "test.share@2", "value.proved@2", "test.minimum@2"),
        a.ruleIds());
  }

  @Test
  void prior_payouts_and_salvage_are_deducted_but_never_below_zero() {
    CompensationPolicy p = Tariff.builder("test.offsets", "1")
        .effective(EffectivePeriod.from(START))
        .line(LineKind.COMPENSATION, Remedy.CASH, provedValue())
        .deductSalvage()
        .offsetPriorPayouts()
        .build();
    AssessmentContext ctx = PolicyFixtures.context().provedValue(Money.of("CNY", "100.00"))
        .salvageValue(Money.of("CNY", "30.00")).addPriorPayouts(Money.of("CNY", "90.00")).build();

    Assessment a = p.assess(PolicyFixtures.uninsuredLoss("18.00"), ctx);

    assertEquals(Money.of("CNY", "0.00"), a.total());
    assertEquals(
        List.of(
            SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, Money.of("CNY", "100.00")),
            SettlementLine.of(LineKind.SALVAGE_DEDUCTION, Remedy.CASH, Money.of("CNY", "30.00")),
            SettlementLine.of(LineKind.PRIOR_PAYMENT_OFFSET, Remedy.CASH, Money.of("CNY", "70.00"))),
        a.lines());
  }

  @Test
  void explanations_render_in_both_languages_without_the_default_locale() {
    Assessment a = sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));
    ExplanationRenderer r = ExplanationRenderer.of();

    List<String> en = r.render(a, Locale.ENGLISH);
    List<String> zh = r.render(a, Locale.SIMPLIFIED_CHINESE);

    assertEquals("[test.seven-times@1] Policy test.seven-times@1", en.get(0));
    assertTrue(en.contains("    [test.cap@1] Capped at CNY 126.00 by a standard term a court may set aside: CNY 780.00 becomes CNY 126.00"), en::toString);
    assertTrue(zh.contains("    [test.cap@1] 按格式条款以 126.00 元 为上限（法院可能不予适用）：780.00 元 调整为 126.00 元"), zh::toString);
    assertEquals(en.size(), zh.size());
  }

  @Test
  void the_same_input_gives_an_equal_assessment() {
    assertEquals(
        sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00")),
        sevenTimesFreight().assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00")));
  }
}
