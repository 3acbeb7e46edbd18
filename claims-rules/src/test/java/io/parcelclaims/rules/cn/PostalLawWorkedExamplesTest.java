package io.parcelclaims.rules.cn;

import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.assertPayable;
import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.line;
import static io.parcelclaims.rules.cn.CnClaims.claim;
import static io.parcelclaims.rules.cn.CnClaims.cny;
import static io.parcelclaims.rules.cn.CnClaims.context;
import static io.parcelclaims.rules.cn.CnClaims.insured;
import static io.parcelclaims.rules.cn.CnClaims.noon;
import static io.parcelclaims.rules.cn.CnClaims.postal;
import static io.parcelclaims.rules.cn.CnClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.rules.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Postal Law worked examples of the 2026-12 revision (docs/postal-law.md rev. 2026-12, §8 EX-19 to
 * EX-22), policy {@code CN-POSTAL-LAW-47}. Each asserts the outcome, every line, the total, the
 * denial reasons, the alternative, the chosen rule ids and the golden renderings in both locales.
 */
class PostalLawWorkedExamplesTest {
  private static final ExplanationRenderer RENDERER = ExplanationRenderer.of(CnMessages.SOURCE);

  @Test
  void ex19_a_delay_gets_no_compensation_under_chapter_5() {
    // GIVEN a receipted parcel of the universal service, uninsured, postage 12.00, delivered late, no loss
    Claim claim =
        claim(
                ClaimType.DELAY,
                postal(MailClass.POSTAL_RECEIPTED, "12.00")
                    .promisedBy(noon("2025-03-01"))
                    .deliveredAt(noon("2025-03-05"))
                    .build())
            .build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().build());

    // THEN Art. 45: delay is not a 损失, no compensation, the outcome names the article
    assertDenied(a, DenialReason.NO_COMPENSATION_FOR_DELAY);
    assertEquals(List.of("cn.postal-law.art47@2015", "cn.postal-law.art45.delay@2015"), a.ruleIds());
    assertEquals("explain.cn.postal-law.art45-delay", a.steps().get(1).messageKey());
    Golden.assertMatches("ex-19-delay", a, RENDERER);
  }

  @Test
  void ex19_an_express_item_is_refused_as_outside_chapter_5() {
    // GIVEN the same preset given an express item (快件), postage 12.00, lost, value proved
    Claim claim = claim(ClaimType.LOSS, shipment("12.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().provedValue(cny("200.00")).build());

    // THEN Art. 45(2), 59: not applicable, rather than the 3 × cap
    assertDenied(a, DenialReason.REGIME_NOT_APPLICABLE);
    assertEquals(List.of("cn.postal-law.art47@2015", "cn.postal-law.art45.express-item@2015"), a.ruleIds());
    Golden.assertMatches("ex-19-express", a, RENDERER);
  }

  @Test
  void ex20_an_insured_item_lost_in_full_pays_the_insured_amount_without_proof_of_value() {
    // GIVEN a receipted parcel insured for 2,000.00, lost; no purchase proof offered
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "12.00"), "2000.00", "20.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().build());

    // THEN Art. 47(1) "按照保价额赔偿": 2,000.00, no evidence of value asked, and no ¶3 alternative
    // (it would need the actual value)
    assertPayable(a, "2000.00", line(LineKind.COMPENSATION, Remedy.CASH, "2000.00"));
    assertEquals(List.of(), a.missingEvidence());
    assertTrue(a.alternative().isEmpty());
    assertEquals(
        List.of(
            "cn.postal-law.art47@2015",
            "cn.postal-law.art47.compensation@2015",
            "cn.postal-law.art47-1.insured-loss@2015",
            "value.insured@2015"),
        a.ruleIds());
    Golden.assertMatches("ex-20", a, RENDERER);
  }

  @Test
  void ex21a_without_proven_notice_the_three_times_cap_is_contested() {
    // GIVEN an uninsured receipted parcel, postage 12.00, actual value 200.00, lost; notice not proven
    Claim claim = ex21Claim();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().provedValue(cny("200.00")).build());

    // THEN 3 × 12.00 = 36.00, alternative 200.00 (¶3: the cap cannot be invoked without the notice)
    assertPayable(a, "36.00", line(LineKind.COMPENSATION, Remedy.CASH, "36.00"));
    assertEquals(
        List.of(
            "cn.postal-law.art47@2015",
            "cn.postal-law.art47.compensation@2015",
            "cn.postal-law.art47-2.uninsured@2015",
            "cn.postal-law.art47-2.cap@2015",
            "cn.postal-law.actual-loss@2015",
            "value.proved@2015",
            "cn.postal-law.art47-2.three-times-postage@2015"),
        a.ruleIds());
    Alternative alt = a.alternative().orElseThrow();
    assertEquals(PostalLaw.ALTERNATIVE_KEY, alt.reasonKey());
    assertEquals(List.of(line(LineKind.COMPENSATION, Remedy.CASH, "200.00")), alt.lines());
    assertEquals(cny("200.00"), alt.total());
    Golden.assertMatches("ex-21a", a, RENDERER);
  }

  @Test
  void ex21a_with_the_notice_proven_the_cap_holds_and_there_is_no_alternative() {
    // GIVEN EX-21 (a), and China Post proves the rule was shown on counter notices and receipts
    Claim claim = ex21Claim();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().provedValue(cny("200.00")).capNoticeProven(true).build());

    // THEN 36.00, no alternative
    assertPayable(a, "36.00", line(LineKind.COMPENSATION, Remedy.CASH, "36.00"));
    assertTrue(a.alternative().isEmpty());
  }

  @Test
  void ex21b_gross_negligence_lifts_the_cap_outright() {
    // GIVEN EX-21 (a), gross negligence established (notice proven or not)
    Claim claim = ex21Claim();

    // WHEN
    Assessment a =
        PostalLaw.policy()
            .assess(claim, context().provedValue(cny("200.00")).capNoticeProven(true).intentOrGrossNegligence(true).build());

    // THEN 200.00 outright, no alternative
    assertPayable(a, "200.00", line(LineKind.COMPENSATION, Remedy.CASH, "200.00"));
    assertTrue(a.alternative().isEmpty());
    assertEquals(
        List.of(
            "cn.postal-law.art47@2015",
            "cn.postal-law.art47-3@2015",
            "cn.postal-law.art47.compensation@2015",
            "cn.postal-law.art47-2.uninsured@2015",
            "cn.postal-law.art47-2.cap@2015",
            "cn.postal-law.actual-loss@2015",
            "value.proved@2015",
            "cn.postal-law.art47-2.three-times-postage@2015",
            "cn.postal-law.art47-3.actual-loss@2015",
            "value.proved@2015"),
        a.ruleIds());
    Golden.assertMatches("ex-21b", a, RENDERER);
  }

  @Test
  void ex21c_gross_negligence_lifts_the_insured_amount_limit_too() {
    // GIVEN insured for 1,000.00, actual value 3,000.00, lost by gross negligence
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "12.00"), "1000.00", "10.00").build()).build();

    // WHEN
    Assessment a =
        PostalLaw.policy().assess(claim, context().provedValue(cny("3000.00")).intentOrGrossNegligence(true).build());

    // THEN ¶3 lifts the insured-amount limit: the greater of 1,000.00 and 3,000.00
    assertPayable(a, "3000.00", line(LineKind.COMPENSATION, Remedy.CASH, "3000.00"));
    assertTrue(a.alternative().isEmpty());
    assertEquals(
        List.of(
            "cn.postal-law.art47@2015",
            "cn.postal-law.art47-3@2015",
            "cn.postal-law.art47.compensation@2015",
            "cn.postal-law.art47-1.insured-loss@2015",
            "value.insured@2015",
            "cn.postal-law.art47-3.actual-loss@2015",
            "value.proved@2015"),
        a.ruleIds());
    Golden.assertMatches("ex-21c", a, RENDERER);
  }

  @Test
  void ex21c_boundary_an_over_insured_item_lost_by_gross_negligence_keeps_its_insured_amount() {
    // GIVEN insured for 3,000.00, actual value 1,000.00, lost by gross negligence
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "12.00"), "3000.00", "30.00").build()).build();

    // WHEN
    Assessment a =
        PostalLaw.policy().assess(claim, context().provedValue(cny("1000.00")).intentOrGrossNegligence(true).build());

    // THEN ¶3 never lowers what ¶1 gives (docs/postal-law.md note (c)): 3,000.00
    assertPayable(a, "3000.00", line(LineKind.COMPENSATION, Remedy.CASH, "3000.00"));
  }

  @Test
  void ex22_a_registered_letter_short_of_contents_pays_the_actual_loss_up_to_three_times_postage() {
    // GIVEN a registered letter, postage 5.00, contents short, actual loss 4.00
    Claim claim = claim(ClaimType.SHORT_CONTENTS, postal(MailClass.REGISTERED_LETTER, "5.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().assessedLoss(cny("4.00")).build());

    // THEN the general uninsured rule: min(4.00, 15.00) = 4.00; the exact 3 × is for loss and damage only
    assertPayable(a, "4.00", line(LineKind.COMPENSATION, Remedy.CASH, "4.00"));
    assertTrue(a.alternative().isEmpty());
    assertEquals(
        List.of(
            "cn.postal-law.art47@2015",
            "cn.postal-law.art47.compensation@2015",
            "cn.postal-law.art47-2.uninsured@2015",
            "cn.postal-law.art47-2.cap@2015",
            "cn.postal-law.actual-loss@2015",
            "value.assessed-loss@2015",
            "cn.postal-law.art47-2.three-times-postage@2015"),
        a.ruleIds());
    Golden.assertMatches("ex-22", a, RENDERER);
  }

  @Test
  void ex22_boundary_a_damaged_registered_letter_still_pays_exactly_three_times_postage() {
    // GIVEN a registered letter, postage 5.00, damaged, actual loss 4.00
    Claim claim =
        claim(ClaimType.DAMAGE, postal(MailClass.REGISTERED_LETTER, "5.00").build())
            .damageExtent(io.parcelclaims.claim.DamageExtent.PARTIAL)
            .build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().assessedLoss(cny("4.00")).build());

    // THEN "挂号信件丢失、损毁的，按照所收取资费的三倍予以赔偿": 15.00
    assertPayable(a, "15.00", line(LineKind.COMPENSATION, Remedy.CASH, "15.00"));
  }

  private static Claim ex21Claim() {
    return claim(ClaimType.LOSS, postal(MailClass.POSTAL_RECEIPTED, "12.00").build()).build();
  }

  static void assertDenied(Assessment a, DenialReason reason) {
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(reason), a.denialReasons());
    assertEquals(List.of(), a.lines());
    assertEquals(cny("0.00"), a.total());
    assertTrue(a.alternative().isEmpty());
  }
}
