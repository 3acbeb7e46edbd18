package io.parcelclaims.rules.cn;

import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.assertPayable;
import static io.parcelclaims.rules.cn.ChineseRulesWorkedExamplesTest.line;
import static io.parcelclaims.rules.cn.CnClaims.claim;
import static io.parcelclaims.rules.cn.CnClaims.cny;
import static io.parcelclaims.rules.cn.CnClaims.context;
import static io.parcelclaims.rules.cn.CnClaims.damage;
import static io.parcelclaims.rules.cn.CnClaims.insured;
import static io.parcelclaims.rules.cn.CnClaims.postal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PostalLaw} beyond EX-06: Art. 47(1) boundaries and the Art. 48 defences (docs/postal-law.md, docs/carriers.md). */
class PostalLawTest {

  @Test
  void over_insured_lost_item_pays_the_insured_amount_as_art47_1_says() {
    // GIVEN EX-03's figures: I = 8,000.00, proved V = 5,000.00, lost
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "12.00"), "8000.00", "40.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().provedValue(cny("5000.00")).build());

    // THEN Art. 47(1) "按照保价额赔偿" (docs/postal-law.md note (a), rev. 2026-12): the insured amount;
    // the over-insurance cap of §4 is an express carrier's term, not the statute's. Before the
    // revision this test expected 5,000.00.
    assertPayable(a, "8000.00", line(LineKind.COMPENSATION, Remedy.CASH, "8000.00"));
    assertTrue(a.alternative().isEmpty());
  }

  @Test
  void over_insured_partly_damaged_item_pays_no_more_than_the_actual_loss() {
    // GIVEN I = 8,000.00 above V = 5,000.00; L = 1,500.00
    Claim claim =
        damage(DamageExtent.PARTIAL, insured(postal(MailClass.POSTAL_RECEIPTED, "12.00"), "8000.00", "40.00").build()).build();

    // WHEN
    Assessment a =
        PostalLaw.policy().assess(claim, context().provedValue(cny("5000.00")).assessedLoss(cny("1500.00")).build());

    // THEN L × min(I, V) / V = L
    assertPayable(a, "1500.00", line(LineKind.COMPENSATION, Remedy.CASH, "1500.00"));
  }

  @Test
  void force_majeure_does_not_excuse_an_insured_item() {
    // GIVEN EX-01's figures, insured I = V = 3,000.00, lost by force majeure
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "23.00"), "3000.00", "9.00").build()).build();

    // WHEN
    Assessment a =
        PostalLaw.policy()
            .assess(claim, context().provedValue(cny("3000.00")).addDefences(DenialReason.FORCE_MAJEURE).build());

    // THEN Art. 48: the insured amount is still paid
    assertPayable(a, "3000.00", line(LineKind.COMPENSATION, Remedy.CASH, "3000.00"));
  }

  @Test
  void force_majeure_denies_an_uninsured_item() {
    // GIVEN EX-06 (a), lost by force majeure
    Claim claim = claim(ClaimType.LOSS, postal(MailClass.POSTAL_RECEIPTED, "12.00").build()).build();

    // WHEN
    Assessment a =
        PostalLaw.policy()
            .assess(claim, context().provedValue(cny("200.00")).addDefences(DenialReason.FORCE_MAJEURE).build());

    // THEN
    assertDenied(a, DenialReason.FORCE_MAJEURE, "cn.postal-law.art48.force-majeure@2015");
  }

  @Test
  void the_goods_nature_denies_even_an_insured_item() {
    // GIVEN an insured item whose loss came from the goods' own nature
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "23.00"), "3000.00", "9.00").build()).build();

    // WHEN
    Assessment a =
        PostalLaw.policy()
            .assess(claim, context().provedValue(cny("3000.00")).addDefences(DenialReason.INHERENT_VICE).build());

    // THEN
    assertDenied(a, DenialReason.INHERENT_VICE, "cn.postal-law.art48.nature-of-goods@2015");
  }

  @Test
  void the_senders_fault_denies_the_claim() {
    // GIVEN EX-06 (a) caused by the sender's fault
    Claim claim = claim(ClaimType.LOSS, postal(MailClass.POSTAL_RECEIPTED, "12.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().addDefences(DenialReason.SENDER_FAULT).build());

    // THEN
    assertDenied(a, DenialReason.SENDER_FAULT, "cn.postal-law.art48.sender-fault@2015");
  }

  @Test
  void the_recipients_fault_denies_the_claim() {
    // GIVEN EX-06 (a) caused by the recipient's fault (Art. 48: "收件人的过错")
    Claim claim = claim(ClaimType.LOSS, postal(MailClass.POSTAL_RECEIPTED, "12.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().addDefences(DenialReason.RECIPIENT_FAULT).build());

    // THEN
    assertDenied(a, DenialReason.RECIPIENT_FAULT, "cn.postal-law.art48.recipient-fault@2015");
  }

  @Test
  void force_majeure_found_by_the_investigation_denies_an_uninsured_item() {
    // GIVEN EX-06 (a); the investigation's root cause is force majeure, no defence entered
    Claim claim = claim(ClaimType.LOSS, postal(MailClass.POSTAL_RECEIPTED, "12.00").build()).build();

    // WHEN
    Assessment a =
        PostalLaw.policy()
            .assess(
                claim,
                context()
                    .provedValue(cny("200.00"))
                    .finding(InvestigationFinding.NOT_CARRIERS_LIABILITY)
                    .rootCause(RootCause.FORCE_MAJEURE)
                    .build());

    // THEN
    assertDenied(a, DenialReason.FORCE_MAJEURE, "cn.postal-law.art48.force-majeure@2015");
  }

  @Test
  void force_majeure_found_by_the_investigation_does_not_excuse_an_insured_item() {
    // GIVEN an item insured for 2,000.00, lost; the root cause is force majeure
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "12.00"), "2000.00", "20.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().rootCause(RootCause.FORCE_MAJEURE).build());

    // THEN Art. 48 keeps China Post liable for insured items under force majeure: the insured amount
    assertPayable(a, "2000.00", line(LineKind.COMPENSATION, Remedy.CASH, "2000.00"));
  }

  @Test
  void the_goods_nature_found_by_the_investigation_denies_an_insured_item() {
    // GIVEN an item insured for 2,000.00, lost; the root cause is the goods' own nature
    Claim claim = claim(ClaimType.LOSS, insured(postal(MailClass.POSTAL_RECEIPTED, "12.00"), "2000.00", "20.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().rootCause(RootCause.NATURE_OF_GOODS).build());

    // THEN
    assertDenied(a, DenialReason.INHERENT_VICE, "cn.postal-law.art48.nature-of-goods@2015");
  }

  @Test
  void the_senders_fault_found_by_the_investigation_denies_the_claim() {
    // GIVEN EX-06 (a); the root cause is the sender's fault
    Claim claim = claim(ClaimType.LOSS, postal(MailClass.POSTAL_RECEIPTED, "12.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().provedValue(cny("200.00")).rootCause(RootCause.SENDER_FAULT).build());

    // THEN
    assertDenied(a, DenialReason.SENDER_FAULT, "cn.postal-law.art48.sender-fault@2015");
  }

  @Test
  void an_express_item_is_refused_before_any_defence_is_asked() {
    // GIVEN an express parcel (not China Post's receipted item) lost by force majeure
    Claim claim = claim(ClaimType.LOSS, CnClaims.shipment("12.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().addDefences(DenialReason.FORCE_MAJEURE).build());

    // THEN Art. 45(2), 59
    assertDenied(a, DenialReason.REGIME_NOT_APPLICABLE, "cn.postal-law.art45.express-item@2015");
  }

  @Test
  void uninsured_loss_without_proof_of_value_needs_purchase_proof() {
    // GIVEN EX-06 (a) with no value proved
    Claim claim = claim(ClaimType.LOSS, postal(MailClass.POSTAL_RECEIPTED, "12.00").build()).build();

    // WHEN
    Assessment a = PostalLaw.policy().assess(claim, context().build());

    // THEN
    assertEquals(Outcome.NEEDS_EVIDENCE, a.outcome());
    assertEquals(List.of(io.parcelclaims.claim.EvidenceKind.PURCHASE_PROOF), a.missingEvidence());
  }

  @Test
  void refuses_a_governing_date_before_the_2015_amendment() {
    // GIVEN EX-06 (b) governed by 2015-04-23
    Claim claim = claim(ClaimType.LOSS, postal(MailClass.REGISTERED_LETTER, "5.00").build()).build();

    // WHEN / THEN
    assertThrows(
        IllegalArgumentException.class,
        () -> PostalLaw.policy().assess(claim, context("2015-04-23").build()));
  }

  static void assertDenied(Assessment a, DenialReason reason, String ruleId) {
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(reason), a.denialReasons());
    assertEquals(List.of(), a.lines());
    assertEquals(cny("0.00"), a.total());
    assertEquals(ruleId, a.ruleIds().get(a.ruleIds().size() - 1));
  }
}
