package io.parcelclaims.rules.carrier;

import static io.parcelclaims.rules.carrier.CarrierClaims.context;
import static io.parcelclaims.rules.carrier.CarrierClaims.domestic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.rules.Presets;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Civil Code binds every express carrier's preset (docs/claim-types.md, docs/express-civil-code.md rev. 2026-12): for each
 * ready carrier preset, {@link CivilCodeExpress} and the GB/T 27917 policies an express carrier
 * applies, each Art. 832 defence (force majeure, the goods' nature or reasonable wear, the shipper's
 * fault, the consignee's fault) denies a loss, damage or short-contents claim with that reason, and
 * force majeure denies a delay claim (Art. 590), whether the defence is entered in the context or
 * found as the investigation's root cause. The presets come from {@link Presets#all()}, so a new one
 * is tested without being listed here.
 */
class CivilCodeDefencesTest {
  private static final Instant DELIVERED = Instant.parse("2025-03-16T02:00:00Z");

  /** Each Art. 832 defence and the root cause that establishes it. */
  private static final Map<DenialReason, RootCause> DEFENCES =
      Map.of(
          DenialReason.FORCE_MAJEURE, RootCause.FORCE_MAJEURE,
          DenialReason.INHERENT_VICE, RootCause.NATURE_OF_GOODS,
          DenialReason.SENDER_FAULT, RootCause.SENDER_FAULT,
          DenialReason.RECIPIENT_FAULT, RootCause.RECIPIENT_FAULT);

  static List<CompensationPolicy> bound() {
    return Presets.all().stream()
        .filter(p -> p.id().id().startsWith("carrier.") || p.id().id().startsWith("cn.civil-code") || p.id().id().startsWith("cn.gbt-27917"))
        .toList();
  }

  static Stream<Arguments> goodsCases() {
    List<Arguments> cases = new ArrayList<>();
    for (CompensationPolicy p : bound()) {
      for (ClaimType type : List.of(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS)) {
        for (DenialReason reason : DEFENCES.keySet().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
          for (boolean fromRootCause : List.of(false, true)) {
            cases.add(Arguments.of(p.id().toString(), p, type, reason, fromRootCause));
          }
        }
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> delayCases() {
    List<Arguments> cases = new ArrayList<>();
    for (CompensationPolicy p : bound()) {
      for (boolean fromRootCause : List.of(false, true)) {
        cases.add(Arguments.of(p.id().toString(), p, fromRootCause));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> presets() {
    return bound().stream().map(p -> Arguments.of(p.id().toString(), p));
  }

  @Test
  void every_carrier_preset_and_the_civil_code_policy_are_tested() {
    // GIVEN / WHEN
    Set<String> tested = bound().stream().map(p -> p.id().id()).collect(Collectors.toSet());

    // THEN
    assertTrue(
        tested.containsAll(
            Set.of(
                Carriers.SF_DOMESTIC_CURRENT,
                Carriers.SF_DOMESTIC_COPY_A,
                Carriers.SF_DOMESTIC_COPY_B,
                Carriers.SF_DOMESTIC_COPY_C,
                Carriers.SF_INTERNATIONAL,
                Carriers.EMS_DOMESTIC,
                Carriers.EMS_INTERNATIONAL,
                Carriers.YTO,
                CivilCodeExpress.ID)),
        tested::toString);
  }

  @ParameterizedTest(name = "{0} {2} {3} root cause {4}")
  @MethodSource("goodsCases")
  void each_art_832_defence_denies_a_loss_damage_or_short_contents_claim(
      String name, CompensationPolicy policy, ClaimType type, DenialReason reason, boolean fromRootCause) {
    // GIVEN a claim the preset pays without the defence
    Claim claim = claim(policy, type);
    AssessmentContext without = values(policy).build();
    assertNotEquals(Outcome.DENIED, policy.assess(claim, without).outcome());

    // WHEN the defence is entered, or found by the investigation
    AssessmentContext.Builder context = values(policy);
    if (fromRootCause) {
      context.finding(InvestigationFinding.NOT_CARRIERS_LIABILITY).rootCause(DEFENCES.get(reason));
    } else {
      context.addDefences(reason);
    }
    Assessment a = policy.assess(claim, context.build());

    // THEN denied for that reason, by the article's step
    assertDenied(a, reason, "cn.civil-code.art832." + step(reason));
  }

  @ParameterizedTest(name = "{0} root cause {2}")
  @MethodSource("delayCases")
  void force_majeure_denies_a_delay_claim_under_art_590(String name, CompensationPolicy policy, boolean fromRootCause) {
    // GIVEN a delay claim
    Claim claim = claim(policy, ClaimType.DELAY);

    // WHEN force majeure is entered, or found by the investigation
    AssessmentContext.Builder context = values(policy);
    if (fromRootCause) {
      context.rootCause(RootCause.FORCE_MAJEURE);
    } else {
      context.addDefences(DenialReason.FORCE_MAJEURE);
    }
    Assessment a = policy.assess(claim, context.build());

    // THEN
    assertDenied(a, DenialReason.FORCE_MAJEURE, "cn.civil-code.art590.force-majeure");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void the_goods_nature_and_the_parties_fault_do_not_deny_a_delay_claim(String name, CompensationPolicy policy) {
    // GIVEN a delay claim with the Art. 832 defences that speak of loss and damage only
    Claim claim = claim(policy, ClaimType.DELAY);
    AssessmentContext context =
        values(policy)
            .addDefences(DenialReason.INHERENT_VICE, DenialReason.SENDER_FAULT, DenialReason.RECIPIENT_FAULT)
            .build();

    // WHEN
    Assessment a = policy.assess(claim, context);

    // THEN the tariff decides (docs/express-civil-code.md: Art. 590 is the delay defence, for force majeure)
    assertNotEquals(Outcome.DENIED, a.outcome());
  }

  private static String step(DenialReason reason) {
    return switch (reason.code()) {
      case "FORCE_MAJEURE" -> "force-majeure";
      case "INHERENT_VICE" -> "nature-of-goods";
      case "SENDER_FAULT" -> "sender-fault";
      default -> "recipient-fault";
    };
  }

  private static void assertDenied(Assessment a, DenialReason reason, String ruleId) {
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(reason), a.denialReasons());
    assertEquals(List.of(), a.lines());
    assertTrue(a.total().isZero());
    assertTrue(a.alternative().isEmpty());
    assertTrue(a.ruleIds().stream().anyMatch(id -> id.startsWith(ruleId + "@")), a.ruleIds()::toString);
  }

  private static String currency(CompensationPolicy policy) {
    return policy.id().id().equals(Carriers.SF_INTERNATIONAL) ? "USD" : "CNY";
  }

  /** A delivered parcel, freight 18.00, proved worth 780.00 (EX-04's figures), 40.00 of it lost when partly so. */
  private static Claim claim(CompensationPolicy policy, ClaimType type) {
    Shipment shipment = domestic(currency(policy), "18.00").deliveredAt(DELIVERED).build();
    Claim.Builder b =
        Claim.builder()
            .id(ClaimId.of("C-1"))
            .type(type)
            .shipment(shipment)
            .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
            .channel(IntakeChannel.APP)
            .reportedAt(DELIVERED)
            .description("parcel claim")
            .amountClaimed(Money.zero(shipment.currency()));
    if (type == ClaimType.DAMAGE) {
      b.damageExtent(DamageExtent.PARTIAL);
    }
    return b.build();
  }

  private static AssessmentContext.Builder values(CompensationPolicy policy) {
    String currency = currency(policy);
    return context().provedValue(Money.of(currency, "780.00")).assessedLoss(Money.of(currency, "40.00"));
  }
}
