package io.parcelclaims.examples;

import static io.parcelclaims.policy.Policies.always;
import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.damageExtent;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.Tariff;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A policy author composes conditions and tariff lines with exported API only: composed codes keep
 * their grouping in code and in words, and a line that does not apply leaves no step.
 */
class PolicyAuthorConditionsTest {
  private static final ExplanationRenderer WORDS = ExplanationRenderer.of();

  // EX-04's claim (docs/worked-examples.md): SF domestic, uninsured, lost; freight 18.00
  private final Claim claim = ReadmeClaims.first();
  private final AssessmentContext context = AssessmentContext.builder()
      .governingDate(LocalDate.of(2025, 5, 10))
      .zone(ZoneId.of("Asia/Shanghai"))
      .provedValue(Money.of("CNY", "780.00"))
      .build();

  @Test
  void an_or_inside_an_and_is_bracketed_in_the_code() {
    Condition c = insured().and(claimType(ClaimType.LOSS).or(damageExtent(DamageExtent.TOTAL)));

    assertEquals("insured and (type=LOSS or damage=TOTAL)", c.code());
    assertEquals("(type=LOSS or damage=TOTAL) and insured",
        claimType(ClaimType.LOSS).or(damageExtent(DamageExtent.TOTAL)).and(insured()).code());
  }

  @Test
  void an_and_inside_an_or_needs_no_brackets_and_a_bracketed_code_is_not_bracketed_twice() {
    Condition andInsideOr = insured().or(claimType(ClaimType.LOSS).and(damageExtent(DamageExtent.TOTAL)));
    Condition grouped = Policies.condition("(type=LOSS or damage=TOTAL)", (c, x) -> true);
    Condition negated = claimType(ClaimType.LOSS).or(insured()).negate();

    assertEquals("insured or type=LOSS and damage=TOTAL", andInsideOr.code());
    assertEquals("insured and (type=LOSS or damage=TOTAL)", insured().and(grouped).code());
    assertEquals("not(type=LOSS or insured) and insured", negated.and(insured()).code());
  }

  @Test
  void the_code_means_what_the_condition_tests() {
    // uninsured loss: insured fails, so "insured and (loss or total)" fails; "(loss or total)" holds
    Condition bracketed = insured().and(claimType(ClaimType.LOSS).or(damageExtent(DamageExtent.TOTAL)));
    Condition lossOrTotal = claimType(ClaimType.LOSS).or(damageExtent(DamageExtent.TOTAL));

    assertFalse(bracketed.test(claim, context));
    assertTrue(lossOrTotal.and(always()).test(claim, context));
  }

  @Test
  void a_bracketed_code_reads_with_its_grouping_in_english_and_chinese() {
    String code = insured().and(claimType(ClaimType.LOSS).or(damageExtent(DamageExtent.TOTAL))).code();

    assertEquals("the shipment has a declared value and (the claim is for loss or the damage is total)",
        WORDS.condition(code, Locale.ENGLISH));
    assertEquals("已保价，且（丢失或全部损毁）", WORDS.condition(code, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void an_authors_own_code_keeps_its_grouping_in_words() {
    Condition fragile = Policies.condition("author.fragile", (c, x) -> false);
    String code = fragile.and(insured().or(claimType(ClaimType.DELAY))).code();

    assertEquals("author.fragile and (insured or type=DELAY)", code);
    assertEquals("author.fragile and (the shipment has a declared value or the claim is for delay)",
        WORDS.condition(code, Locale.ENGLISH));
  }

  @Test
  void a_line_that_does_not_apply_leaves_no_step() {
    // the freight refund line applies only to a delay; this claim is a loss
    CompensationPolicy policy = Tariff.builder("author.courier", "1")
        .effective(EffectivePeriod.from(LocalDate.of(2024, 1, 1)))
        .line(LineKind.COMPENSATION, Remedy.CASH, provedValue())
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND,
            firstApplicable("author.delay-refund", when(claimType(ClaimType.DELAY), shippingFee())))
        .build();

    Assessment a = policy.assess(claim, context);

    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(Money.of("CNY", "780.00"), a.total());
    assertEquals(List.of("author.courier@1", "value.proved@1"), a.ruleIds());
    assertTrue(a.steps().stream().noneMatch(s -> s.messageKey().equals("explain.no-branch-applies")));
  }

  @Test
  void a_line_that_applies_keeps_its_step() {
    Claim delay = Claim.builder().from(claim).type(ClaimType.DELAY).build();
    CompensationPolicy policy = Tariff.builder("author.courier", "1")
        .effective(EffectivePeriod.from(LocalDate.of(2024, 1, 1)))
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND,
            firstApplicable("author.delay-refund", when(claimType(ClaimType.DELAY), shippingFee())))
        .build();

    Assessment a = policy.assess(delay, context);

    assertEquals(Money.of("CNY", "18.00"), a.total());
    assertEquals(List.of("author.courier@1", "author.delay-refund@1", "value.shipping-fee@1"), a.ruleIds());
  }
}
