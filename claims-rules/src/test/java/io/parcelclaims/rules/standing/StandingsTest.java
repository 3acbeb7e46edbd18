package io.parcelclaims.rules.standing;

import static io.parcelclaims.rules.DeskClaims.claim;
import static io.parcelclaims.rules.DeskClaims.context;
import static io.parcelclaims.rules.DeskClaims.evidence;
import static io.parcelclaims.rules.DeskClaims.noon;
import static io.parcelclaims.rules.DeskClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.GuardedPolicy;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.StandingAnswer;
import io.parcelclaims.rules.Golden;
import io.parcelclaims.rules.carrier.CarrierMessages;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import io.parcelclaims.rules.cn.CnMessages;
import io.parcelclaims.rules.cn.GbT27917;
import io.parcelclaims.rules.intl.ConventionMessages;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may claim under each rule set; each denial renders in both languages against golden files. */
class StandingsTest {
  private static final ExplanationRenderer RENDERER =
      ExplanationRenderer.of(
          CnMessages.SOURCE, CarrierMessages.SOURCE, ConventionMessages.SOURCE, StandingMessages.SOURCE);
  private static final AssessmentContext CONTEXT = context("2025-05-10").provedValue(Money.of("CNY", "300.00")).build();
  private static final Shipment SHIPMENT =
      shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of("CNY", "18.00"), "2025-05-10")
          .deliveredAt(noon("2025-05-12"))
          .build();

  private static Claim.Builder by(PartyRole role, ClaimType type) {
    Claim.Builder b = claim(type, SHIPMENT, "2025-05-13", role);
    if (type == ClaimType.DAMAGE) {
      b.damageExtent(DamageExtent.PARTIAL);
    }
    return b;
  }

  private static StandingAnswer answer(RoleStanding rule, PartyRole role, ClaimType type) {
    return rule.check(by(role, type).build(), CONTEXT);
  }

  @Test
  void gbt_27917_compensates_the_sender_or_the_named_beneficiary_and_denies_the_recipient() {
    // GIVEN a loss claim by the recipient, under GB/T 27917.3
    Claim claim = by(PartyRole.RECIPIENT, ClaimType.LOSS).build();
    CompensationPolicy guarded = GuardedPolicy.builder(GbT27917.policy()).standing(Standings.gbt27917()).build();

    // WHEN
    Assessment a = guarded.assess(claim, CONTEXT);

    // THEN
    assertTrue(answer(Standings.gbt27917(), PartyRole.SENDER, ClaimType.LOSS).entitled());
    assertTrue(answer(Standings.gbt27917(), PartyRole.BENEFICIARY, ClaimType.DELAY).entitled());
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.NOT_ENTITLED_TO_CLAIM), a.denialReasons());
    assertEquals(
        List.of("cn.gbt-27917.3@2011", "cn.gbt-27917.standing@2011", "cn.gbt-27917.standing@2011", "cn.gbt-27917.standing@2011"),
        a.ruleIds());
    assertEquals("explain.standing.recipient-may-not-claim", a.steps().get(2).messageKey());
    Golden.assertMatches("standing-gbt-27917-recipient", a, RENDERER);
  }

  @Test
  void for_an_online_purchase_only_the_seller_may_claim_civil_code_art_604() {
    // GIVEN the buyer (recipient) claims; the order states it was bought online
    StatedFact online = StatedFact.text(Standings.PURCHASE_CHANNEL, Standings.ONLINE);
    Claim buyer =
        by(PartyRole.RECIPIENT, ClaimType.DAMAGE).addEvidence(evidence(1, EvidenceKind.PURCHASE_PROOF, "2025-05-13", online)).build();
    Claim sellersClaim =
        by(PartyRole.SENDER, ClaimType.DAMAGE).addEvidence(evidence(1, EvidenceKind.PURCHASE_PROOF, "2025-05-13", online)).build();
    CompensationPolicy guarded = GuardedPolicy.builder(CivilCodeExpress.policy()).standing(Standings.civilCodeExpress()).build();

    // WHEN
    Assessment a = guarded.assess(buyer, CONTEXT);
    StandingAnswer seller = Standings.civilCodeExpress().check(sellersClaim, CONTEXT);

    // THEN
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.NOT_ENTITLED_TO_CLAIM), a.denialReasons());
    assertEquals(
        List.of(
            "cn.civil-code.express@2021",
            "cn.civil-code.art604.online-purchase@2021",
            "cn.civil-code.art604.online-purchase@2021",
            "cn.civil-code.standing@2021"),
        a.ruleIds());
    assertTrue(seller.entitled());
    Golden.assertMatches("standing-online-purchase-buyer", a, RENDERER);
  }

  @Test
  void outside_an_online_purchase_the_recipient_may_claim_an_express_parcel() {
    // GIVEN no purchase channel stated, or an online order whose proof was rejected
    Claim plain = by(PartyRole.RECIPIENT, ClaimType.LOSS).build();
    Claim rejected =
        by(PartyRole.RECIPIENT, ClaimType.LOSS)
            .addEvidence(
                evidence(1, EvidenceKind.PURCHASE_PROOF, "2025-05-13", StatedFact.text(Standings.PURCHASE_CHANNEL, Standings.ONLINE))
                    .withReviewStatus(ReviewStatus.REJECTED))
            .build();

    // WHEN / THEN
    assertTrue(Standings.civilCodeExpress().check(plain, CONTEXT).entitled());
    assertTrue(Standings.civilCodeExpress().check(rejected, CONTEXT).entitled());
    assertFalse(Standings.civilCodeExpress(Policies.condition("platform-order", (c, x) -> true)).check(plain, CONTEXT).entitled());
  }

  @Test
  void montreal_lets_consignor_and_consignee_each_claim_every_type_art_14() {
    // GIVEN / WHEN / THEN rev. 2026-12: before, the sender was denied standing for damage and delay
    // (Art. 31 read as a standing rule); docs/worked-examples.md EX-31 runs the damage claim through the policy
    for (ClaimType type : ClaimType.values()) {
      assertTrue(answer(Standings.montreal(), PartyRole.SENDER, type).entitled(), "sender, " + type);
      assertTrue(answer(Standings.montreal(), PartyRole.RECIPIENT, type).entitled(), "recipient, " + type);
    }
    assertEquals("mc99.art14.standing@1999", Standings.montreal().id().toString());
    assertEquals(
        "explain.standing.mc99-art14",
        answer(Standings.montreal(), PartyRole.SENDER, ClaimType.DAMAGE).step().messageKey());
  }

  @Test
  void a_rule_answers_the_roles_allowed_per_claim_type() {
    // GIVEN
    RoleStanding rule =
        RoleStanding.builder("test.standing", "1", "explain.standing.gbt-27917")
            .allow(ClaimType.DELAY, PartyRole.RECIPIENT)
            .allow(ClaimType.LOSS, PartyRole.SENDER, PartyRole.BENEFICIARY)
            .build();

    // WHEN / THEN
    assertEquals(Set.of(PartyRole.SENDER, PartyRole.BENEFICIARY), rule.rolesFor(ClaimType.LOSS));
    assertEquals(Set.of(), rule.rolesFor(ClaimType.DAMAGE));
    assertFalse(answer(rule, PartyRole.RECIPIENT, ClaimType.DAMAGE).entitled());
    assertTrue(answer(rule, PartyRole.RECIPIENT, ClaimType.DELAY).entitled());
  }
}
