package io.parcelclaims.rules.evidence;

import static io.parcelclaims.claim.EvidenceKind.CCTV;
import static io.parcelclaims.claim.EvidenceKind.CLAIM_FORM;
import static io.parcelclaims.claim.EvidenceKind.COMPLETED_TRACE;
import static io.parcelclaims.claim.EvidenceKind.COURIER_RECORDS;
import static io.parcelclaims.claim.EvidenceKind.FREIGHT_PAID;
import static io.parcelclaims.claim.EvidenceKind.INSPECTION;
import static io.parcelclaims.claim.EvidenceKind.INSURED_VALUE_PROOF;
import static io.parcelclaims.claim.EvidenceKind.PACKAGING;
import static io.parcelclaims.claim.EvidenceKind.PHOTOS;
import static io.parcelclaims.claim.EvidenceKind.PURCHASE_PROOF;
import static io.parcelclaims.claim.EvidenceKind.REPAIR_ESTIMATE;
import static io.parcelclaims.claim.EvidenceKind.SERIAL_NUMBERS;
import static io.parcelclaims.claim.EvidenceKind.SIGN_OFF_RECORDS;
import static io.parcelclaims.claim.EvidenceKind.STANDING;
import static io.parcelclaims.claim.EvidenceKind.TRACKING;
import static io.parcelclaims.claim.EvidenceKind.UNBOXING_VIDEO;
import static io.parcelclaims.claim.EvidenceKind.VALUE_CERTIFICATES;
import static io.parcelclaims.claim.EvidenceKind.WAYBILL;
import static io.parcelclaims.claim.EvidenceKind.WRITTEN_NOTICE;
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
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.InvestigationFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The evidence matrix of docs/evidence.md for each claim type: still missing for an empty submission,
 * nothing missing for a complete one; each condition; and each preset threshold just below, at and
 * just above it.
 */
class EvidenceMatricesTest {
  private static final AssessmentContext CONTEXT = context("2025-05-10").build();

  /** A claim in a situation, with nothing submitted; goods-related amounts in the given currency. */
  static Claim.Builder claimIn(ClaimSituation situation, Shipment.Builder shipment) {
    return switch (situation) {
      case LOSS -> claim(ClaimType.LOSS, shipment.build(), "2025-05-20");
      case COMPLETE_DELAY -> claim(ClaimType.LOSS, shipment.promisedBy(noon("2025-05-12")).build(), "2025-05-20");
      case TOTAL_DAMAGE -> claim(ClaimType.DAMAGE, shipment.deliveredAt(noon("2025-05-12")).build(), "2025-05-13")
          .damageExtent(DamageExtent.TOTAL);
      case PARTIAL_DAMAGE -> claim(ClaimType.DAMAGE, shipment.deliveredAt(noon("2025-05-12")).build(), "2025-05-13")
          .damageExtent(DamageExtent.PARTIAL);
      case SHORT_CONTENTS -> claim(ClaimType.SHORT_CONTENTS, shipment.deliveredAt(noon("2025-05-12")).build(), "2025-05-13");
      case DELAY -> claim(ClaimType.DELAY, shipment.deliveredAt(noon("2025-05-15")).build(), "2025-05-16");
    };
  }

  private static Shipment.Builder domestic(String currency) {
    return shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, Money.of(currency, "18.00"), "2025-05-10");
  }

  private static Claim submitted(Claim claim, List<EvidenceKind> kinds) {
    List<Evidence> all = new ArrayList<>();
    for (EvidenceKind kind : kinds) {
      all.add(evidence(all.size() + 1, kind, "2025-05-21"));
    }
    return claim.withEvidence(all);
  }

  /** The national matrix's required kinds for an uninsured claim in each situation, in its order. */
  private static List<EvidenceKind> requiredNationally(ClaimSituation situation) {
    return switch (situation) {
      case LOSS, COMPLETE_DELAY -> List.of(WAYBILL, CLAIM_FORM, STANDING, PURCHASE_PROOF, TRACKING);
      case TOTAL_DAMAGE, SHORT_CONTENTS -> List.of(WAYBILL, CLAIM_FORM, STANDING, PURCHASE_PROOF, PHOTOS, PACKAGING, SIGN_OFF_RECORDS);
      case PARTIAL_DAMAGE -> List.of(WAYBILL, CLAIM_FORM, STANDING, PURCHASE_PROOF, PHOTOS, PACKAGING, SIGN_OFF_RECORDS, REPAIR_ESTIMATE);
      case DELAY -> List.of(WAYBILL, CLAIM_FORM, STANDING, TRACKING);
    };
  }

  private static List<EvidenceKind> waivableNationally(ClaimSituation situation) {
    return switch (situation) {
      case LOSS -> List.of(CCTV, COURIER_RECORDS);
      case TOTAL_DAMAGE, PARTIAL_DAMAGE -> List.of(UNBOXING_VIDEO);
      case SHORT_CONTENTS -> List.of(UNBOXING_VIDEO, CCTV, COURIER_RECORDS);
      case COMPLETE_DELAY, DELAY -> List.of();
    };
  }

  @ParameterizedTest
  @EnumSource(ClaimSituation.class)
  void an_empty_submission_is_still_missing_every_required_item_of_its_column(ClaimSituation situation) {
    // GIVEN
    Claim claim = claimIn(situation, domestic("CNY")).build();

    // WHEN
    EvidenceAnswer answer = EvidenceMatrices.national().check(claim, CONTEXT);

    // THEN
    assertEquals(situation, answer.situation());
    assertFalse(answer.isComplete());
    assertEquals(requiredNationally(situation), answer.missingKinds());
    assertEquals(waivableNationally(situation), answer.waivableKinds());
  }

  @ParameterizedTest
  @EnumSource(ClaimSituation.class)
  void a_complete_submission_is_missing_nothing(ClaimSituation situation) {
    // GIVEN every required item submitted, pending review
    Claim claim = submitted(claimIn(situation, domestic("CNY")).build(), requiredNationally(situation));

    // WHEN
    EvidenceAnswer answer = EvidenceMatrices.national().check(claim, CONTEXT);

    // THEN
    assertTrue(answer.isComplete());
    assertEquals(List.of(), answer.missingKinds());
    assertEquals(waivableNationally(situation), answer.waivableKinds());
    assertEquals("explain.evidence.nothing-missing", answer.step().children().get(0).messageKey());
  }

  @Nested
  class Conditions {
    @Test
    void an_insured_parcel_needs_proof_of_the_declared_value_except_for_delay() {
      Shipment.Builder insured = domestic("CNY").declaredValue(Money.of("CNY", "300.00")).insurancePremium(Money.of("CNY", "3.00"));

      EvidenceAnswer loss = EvidenceMatrices.national().check(claimIn(ClaimSituation.LOSS, insured).build(), CONTEXT);
      EvidenceAnswer delay = EvidenceMatrices.national().check(
          claimIn(ClaimSituation.DELAY, domestic("CNY").declaredValue(Money.of("CNY", "300.00")).insurancePremium(Money.of("CNY", "3.00"))).build(),
          CONTEXT);

      assertTrue(loss.missingKinds().contains(INSURED_VALUE_PROOF));
      assertFalse(delay.missingKinds().contains(INSURED_VALUE_PROOF));
    }

    @Test
    void total_damage_needs_a_repair_estimate_only_when_the_claimant_keeps_the_goods() {
      Claim claim = claimIn(ClaimSituation.TOTAL_DAMAGE, domestic("CNY")).build();

      EvidenceAnswer kept = EvidenceMatrices.national().check(claim, context("2025-05-10").salvageValue(Money.of("CNY", "20.00")).build());

      assertTrue(kept.missingKinds().contains(REPAIR_ESTIMATE));
      assertFalse(EvidenceMatrices.national().check(claim, CONTEXT).missingKinds().contains(REPAIR_ESTIMATE));
    }

    @Test
    void a_loss_the_carrier_says_was_delivered_needs_its_sign_off_records_from_the_staff() {
      Claim misdelivered = claim(ClaimType.LOSS, domestic("CNY").deliveredAt(noon("2025-05-12")).build(), "2025-05-13").build();

      EvidenceAnswer answer = EvidenceMatrices.national().check(misdelivered, CONTEXT);

      assertEquals(ClaimSituation.LOSS, answer.situation());
      assertEquals(List.of(TRACKING, SIGN_OFF_RECORDS), answer.missingFrom(Submitter.STAFF));
      assertEquals(List.of(WAYBILL, CLAIM_FORM, STANDING, PURCHASE_PROOF), answer.missingFrom(Submitter.CLAIMANT));
    }

    @Test
    void rejected_evidence_is_missing_again_and_pending_evidence_counts_as_provided() {
      Claim claim =
          claimIn(ClaimSituation.DELAY, domestic("CNY"))
              .addEvidence(evidence(1, WAYBILL, "2025-05-16").withReviewStatus(ReviewStatus.REJECTED))
              .addEvidence(evidence(2, CLAIM_FORM, "2025-05-16"))
              .build();

      EvidenceAnswer answer = EvidenceMatrices.national().check(claim, CONTEXT);

      assertEquals(List.of(WAYBILL, STANDING, TRACKING), answer.missingKinds());
    }

    @Test
    void a_loss_after_a_complete_delay_becomes_a_plain_loss_once_the_investigation_finds_it_lost() {
      Claim claim = claimIn(ClaimSituation.COMPLETE_DELAY, domestic("CNY")).build();

      assertEquals(ClaimSituation.COMPLETE_DELAY, ClaimSituation.of(claim, CONTEXT));
      assertEquals(ClaimSituation.LOSS, ClaimSituation.of(claim, context("2025-05-10").finding(InvestigationFinding.LOST).build()));
    }
  }

  @Nested
  class Thresholds {
    private Shipment.Builder withElectronics(String value) {
      return domestic("USD").addContents(
          Item.builder().line(1).description("phone").category(ItemCategory.ELECTRONICS).quantity(1).unitValue(Money.of("USD", value)).build());
    }

    private Shipment.Builder declared(String currency, String value) {
      return domestic(currency).declaredValue(Money.of(currency, value)).insurancePremium(Money.of(currency, "1.00"));
    }

    @Test
    void ups_asks_for_serial_numbers_of_electronics_worth_more_than_usd_500() {
      EvidenceRequirements ups = EvidenceMatrices.ups();

      for (ClaimSituation s : List.of(ClaimSituation.LOSS, ClaimSituation.TOTAL_DAMAGE, ClaimSituation.SHORT_CONTENTS)) {
        assertFalse(ups.check(claimIn(s, withElectronics("499.99")).build(), CONTEXT).missingKinds().contains(SERIAL_NUMBERS), s::name);
        assertFalse(ups.check(claimIn(s, withElectronics("500.00")).build(), CONTEXT).missingKinds().contains(SERIAL_NUMBERS), s::name);
        assertTrue(ups.check(claimIn(s, withElectronics("500.01")).build(), CONTEXT).missingKinds().contains(SERIAL_NUMBERS), s::name);
      }
      assertFalse(ups.check(claimIn(ClaimSituation.DELAY, withElectronics("900.00")).build(), CONTEXT).missingKinds().contains(SERIAL_NUMBERS));
      assertTrue(ups.check(claimIn(ClaimSituation.DELAY, withElectronics("900.00")).build(), CONTEXT).missingKinds().contains(FREIGHT_PAID));
    }

    @Test
    void ups_ignores_general_goods_above_the_threshold_and_takes_its_threshold_as_a_parameter() {
      Shipment.Builder general = domestic("USD").addContents(
          Item.builder().line(1).description("vase").quantity(1).unitValue(Money.of("USD", "900.00")).build());

      assertFalse(EvidenceMatrices.ups().check(claimIn(ClaimSituation.LOSS, general).build(), CONTEXT).missingKinds().contains(SERIAL_NUMBERS));
      assertTrue(
          EvidenceMatrices.ups(Money.of("USD", "100.00")).check(claimIn(ClaimSituation.LOSS, withElectronics("100.01")).build(), CONTEXT)
              .missingKinds().contains(SERIAL_NUMBERS));
    }

    @Test
    void dhl_inspects_damage_from_a_declared_value_of_usd_500_and_needs_a_completed_trace_for_a_loss() {
      EvidenceRequirements dhl = EvidenceMatrices.dhl();

      assertFalse(dhl.check(claimIn(ClaimSituation.PARTIAL_DAMAGE, declared("USD", "499.99")).build(), CONTEXT).missingKinds().contains(INSPECTION));
      assertTrue(dhl.check(claimIn(ClaimSituation.PARTIAL_DAMAGE, declared("USD", "500.00")).build(), CONTEXT).missingKinds().contains(INSPECTION));
      assertTrue(dhl.check(claimIn(ClaimSituation.SHORT_CONTENTS, declared("USD", "500.01")).build(), CONTEXT).missingFrom(Submitter.STAFF).contains(INSPECTION));
      assertFalse(dhl.check(claimIn(ClaimSituation.PARTIAL_DAMAGE, domestic("USD")).build(), CONTEXT).missingKinds().contains(INSPECTION));
      assertTrue(dhl.check(claimIn(ClaimSituation.LOSS, domestic("USD")).build(), CONTEXT).missingKinds().contains(COMPLETED_TRACE));
      assertTrue(dhl.check(claimIn(ClaimSituation.COMPLETE_DELAY, domestic("USD")).build(), CONTEXT).missingKinds().contains(COMPLETED_TRACE));
    }

    @Test
    void sf_copy_c_lets_the_desk_waive_the_invoice_below_1000_cny_and_requires_it_from_1000() {
      EvidenceRequirements sfC = EvidenceMatrices.sfCopyC();

      EvidenceAnswer below = sfC.check(claimIn(ClaimSituation.LOSS, declared("CNY", "999.99")).build(), CONTEXT);
      EvidenceAnswer at = sfC.check(claimIn(ClaimSituation.LOSS, declared("CNY", "1000.00")).build(), CONTEXT);
      EvidenceAnswer above = sfC.check(claimIn(ClaimSituation.LOSS, declared("CNY", "1000.01")).build(), CONTEXT);

      assertFalse(below.missingKinds().contains(PURCHASE_PROOF));
      assertTrue(below.waivableKinds().contains(PURCHASE_PROOF));
      assertTrue(at.missingKinds().contains(PURCHASE_PROOF));
      assertFalse(at.waivableKinds().contains(PURCHASE_PROOF));
      assertTrue(above.missingKinds().contains(PURCHASE_PROOF));
    }

    @Test
    void sf_copy_c_requires_certificates_above_5000_cny_of_goods_value() {
      EvidenceRequirements sfC = EvidenceMatrices.sfCopyC();

      assertFalse(sfC.check(claimIn(ClaimSituation.TOTAL_DAMAGE, declared("CNY", "4999.99")).build(), CONTEXT).missingKinds().contains(VALUE_CERTIFICATES));
      assertFalse(sfC.check(claimIn(ClaimSituation.TOTAL_DAMAGE, declared("CNY", "5000.00")).build(), CONTEXT).missingKinds().contains(VALUE_CERTIFICATES));
      assertTrue(sfC.check(claimIn(ClaimSituation.TOTAL_DAMAGE, declared("CNY", "5000.01")).build(), CONTEXT).missingKinds().contains(VALUE_CERTIFICATES));
      // uninsured: the itemised contents' value, else the amount claimed
      Shipment.Builder itemised = domestic("CNY").addContents(
          Item.builder().line(1).description("watch").quantity(2).unitValue(Money.of("CNY", "2500.01")).build());
      assertTrue(sfC.check(claimIn(ClaimSituation.LOSS, itemised).build(), CONTEXT).missingKinds().contains(VALUE_CERTIFICATES));
      assertTrue(
          sfC.check(claim(ClaimType.LOSS, domestic("CNY").build(), "2025-05-20", PartyRole.SENDER, Money.of("CNY", "5000.01")).build(), CONTEXT)
              .missingKinds().contains(VALUE_CERTIFICATES));
    }

    @Test
    void montreal_needs_the_timely_written_notice_for_damage_and_delay_but_not_for_loss() {
      EvidenceRequirements mc99 = EvidenceMatrices.montreal();

      assertTrue(mc99.check(claimIn(ClaimSituation.PARTIAL_DAMAGE, domestic("CNY")).build(), CONTEXT).missingKinds().contains(WRITTEN_NOTICE));
      assertTrue(mc99.check(claimIn(ClaimSituation.DELAY, domestic("CNY")).build(), CONTEXT).missingKinds().contains(WRITTEN_NOTICE));
      assertFalse(mc99.check(claimIn(ClaimSituation.LOSS, domestic("CNY")).build(), CONTEXT).missingKinds().contains(WRITTEN_NOTICE));
      assertTrue(EvidenceMatrices.sfInternational().check(claimIn(ClaimSituation.LOSS, domestic("USD")).build(), CONTEXT)
          .missingKinds().contains(FREIGHT_PAID));
    }
  }

  @Test
  void the_answer_explains_what_to_ask_the_claimant_for_and_what_the_staff_still_owe() {
    // GIVEN a delay claim with the waybill and claim form in
    Claim claim = submitted(claimIn(ClaimSituation.DELAY, domestic("CNY")).build(), List.of(WAYBILL, CLAIM_FORM));

    // WHEN
    EvidenceAnswer answer = EvidenceMatrices.national().check(claim, CONTEXT);
    List<String> en = ExplanationRenderer.of(EvidenceMessages.SOURCE).render(answer.step(), Locale.ENGLISH);
    List<String> zh = ExplanationRenderer.of(EvidenceMessages.SOURCE).render(answer.step(), Locale.SIMPLIFIED_CHINESE);

    // THEN
    assertEquals(
        List.of(
            "[evidence.matrix@2026-11] Evidence for a delay claim: 2 still missing, 0 the desk may waive",
            "  [evidence.matrix@2026-11] Still missing, to be asked of the claimant:",
            "    [evidence.matrix.e03@2026-11] E03 claimant's identity and standing (power of attorney; the seller's authorisation for an online purchase)",
            "  [evidence.matrix@2026-11] Still missing, to be produced by the carrier's staff:",
            "    [evidence.matrix.e09@2026-11] E09 tracking trail with the last scan, and the promised time",
            "  [evidence.matrix@2026-11] Provided:",
            "    [evidence.matrix.e01@2026-11] E01 waybill or its copy, tracking number",
            "    [evidence.matrix.e02@2026-11] E02 claim form"),
        en);
    assertEquals("[evidence.matrix@2026-11] 延误索赔所需材料：仍缺 2 项，可免除 0 项", zh.get(0));
  }
}
