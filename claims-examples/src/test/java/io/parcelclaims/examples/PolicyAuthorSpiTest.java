package io.parcelclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.RuleResult;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy author's own combinator, written against exported API only: it runs an inner rule,
 * passes missing evidence through with {@link RuleResult#missingFrom}, and is tested on its own
 * with {@link Evaluation#of}.
 */
class PolicyAuthorSpiTest {

  /** Never more than the claimant asked for. */
  static final class AtMostClaimed implements AmountRule {
    private final AmountRule inner;

    AtMostClaimed(AmountRule inner) {
      this.inner = inner;
    }

    @Override
    public String id() {
      return "author.at-most-claimed";
    }

    @Override
    public RuleResult evaluate(Evaluation e) {
      RuleResult in = inner.evaluate(e);
      if (RuleResult.anyMissing(List.of(in))) {
        return RuleResult.missingFrom(e, id(), List.of(in));
      }
      Money before = ((RuleResult.Amount) in).value();
      Money claimed = e.claim().amountClaimed();
      Money after = before.compareTo(claimed) > 0 ? claimed : before;
      String key = after.equals(before) ? "explain.cap-not-reached" : "explain.cap-applied";
      return RuleResult.amount(after, e.step(id(), key, MessageArg.money(claimed), MessageArg.money(before),
          MessageArg.money(after)).before(before).after(after).addChildren(in.step()).build());
    }
  }

  // EX-04's figures (docs/worked-examples.md): claimed and proved 780.00, freight 18.00
  private final Claim claim = ReadmeClaims.first();
  private final AssessmentContext.Builder context =
      AssessmentContext.builder().governingDate(LocalDate.of(2025, 5, 10)).zone(ZoneId.of("Asia/Shanghai"));

  @Test
  void missing_evidence_passes_through_a_custom_combinator_with_its_own_step() {
    Evaluation e = Evaluation.of(claim, context.build(), "1", RoundingMode.HALF_UP);

    RuleResult result = new AtMostClaimed(Policies.provedValue()).evaluate(e);

    RuleResult.Missing missing = assertInstanceOfMissing(result);
    assertEquals(List.of(EvidenceKind.PURCHASE_PROOF), missing.evidence());
    assertEquals(PolicyId.of("author.at-most-claimed", "1"), missing.step().rule());
    assertEquals(1, missing.step().children().size(), "the inner rule's step is kept");
  }

  @Test
  void an_amount_is_capped_at_the_claim_and_the_step_carries_the_policys_version() {
    Evaluation e = Evaluation.of(claim, context.provedValue(Money.of("CNY", "780.00")).build(), "2026-12",
        RoundingMode.HALF_UP);

    RuleResult result = new AtMostClaimed(Policies.feeMultiple("author.seven-times-freight", 7)).evaluate(e);

    assertEquals(Money.of("CNY", "126.00"), ((RuleResult.Amount) result).value());
    assertEquals(PolicyId.of("author.at-most-claimed", "2026-12"), result.step().rule());
  }

  @Test
  void a_proved_value_above_the_claim_is_capped_at_the_claim() {
    Claim askingLess = Claim.builder().from(claim).amountClaimed(Money.of("CNY", "126.00")).build();
    Evaluation e = Evaluation.of(askingLess, context.provedValue(Money.of("CNY", "780.00")).build(), "1",
        RoundingMode.HALF_UP);

    RuleResult result = new AtMostClaimed(Policies.provedValue()).evaluate(e);

    assertEquals(Money.of("CNY", "126.00"), ((RuleResult.Amount) result).value());
    assertEquals("explain.cap-applied", result.step().messageKey());
  }

  @Test
  void missing_from_refuses_inputs_that_lack_nothing() {
    Evaluation e = Evaluation.of(claim, context.build(), "1", RoundingMode.HALF_UP);
    List<RuleResult> complete = List.of(Policies.shippingFee().evaluate(e));

    assertThrows(IllegalArgumentException.class, () -> RuleResult.missingFrom(e, "author.x", complete));
  }

  private static RuleResult.Missing assertInstanceOfMissing(RuleResult r) {
    assertTrue(r instanceof RuleResult.Missing, r::toString);
    return (RuleResult.Missing) r;
  }
}
