package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.intl.IntlClaims.EX_10A_CARRIAGE;
import static io.parcelclaims.rules.intl.IntlClaims.by;
import static io.parcelclaims.rules.intl.IntlClaims.byAir;
import static io.parcelclaims.rules.intl.IntlClaims.byRoad;
import static io.parcelclaims.rules.intl.IntlClaims.claim;
import static io.parcelclaims.rules.intl.IntlClaims.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.rules.Golden;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where a convention does not apply (docs/conventions.md): postal items under Montreal (Art. 2(2)) and CMR
 * (Art. 1(4)(a)), and carriage by the wrong mode under each convention. Every denial is {@link
 * DenialReason#CONVENTION_NOT_APPLICABLE} with an explanation step per failed check, rendered in both
 * locales (golden files {@code intl-*}). No rate or value is needed to deny. Shipments are EX-10's
 * (3.4 kg) and EX-13's (120 kg, charges 1,200.00).
 */
class ConventionDenialsTest {
  private static final ExplanationRenderer RENDERER = ExplanationRenderer.of(ConventionMessages.SOURCE);
  private static final CompensationPolicy MC99_2024 = Conventions.montrealCargo().inForceOn(EX_10A_CARRIAGE).orElseThrow();

  @ParameterizedTest
  @EnumSource(value = MailClass.class, names = {"POSTAL_RECEIPTED", "REGISTERED_LETTER"})
  void montreal_refuses_a_postal_item(MailClass postal) {
    // GIVEN EX-10 (a) sent as a China Post item
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00").mailClass(postal));

    // WHEN
    Assessment a = MC99_2024.assess(claim, bare());

    // THEN
    assertDenied(a, List.of("intl.mc99.cargo@2024-12-28", "intl.mc99.postal-item@2024-12-28"));
    assertEquals(postal.name(), a.steps().get(1).arguments().get(0).text());
  }

  @Test
  void montreal_postal_item_renders_in_both_languages() {
    // GIVEN / WHEN
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00").mailClass(MailClass.POSTAL_RECEIPTED));

    // THEN
    Golden.assertMatches("intl-mc99-postal-item", MC99_2024.assess(claim, bare()), RENDERER);
  }

  @Test
  void montreal_refuses_carriage_by_road_with_its_own_step() {
    // GIVEN EX-10 (a) carried by road
    Claim claim = claim(ClaimType.LOSS, by(TransportMode.ROAD, EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

    // WHEN
    Assessment a = MC99_2024.assess(claim, bare());

    // THEN
    assertDenied(a, List.of("intl.mc99.cargo@2024-12-28", "intl.mc99.not-by-air@2024-12-28"));
    Golden.assertMatches("intl-mc99-not-by-air", a, RENDERER);
  }

  @Test
  void montreal_names_both_reasons_for_a_postal_item_by_sea() {
    // GIVEN a registered letter carried by sea
    Claim claim =
        claim(
            ClaimType.LOSS,
            by(TransportMode.SEA, EX_10A_CARRIAGE, "3.4", "CNY", "0.00").mailClass(MailClass.REGISTERED_LETTER));

    // WHEN
    Assessment a = MC99_2024.assess(claim, bare());

    // THEN one reason, two steps
    assertDenied(
        a, List.of("intl.mc99.cargo@2024-12-28", "intl.mc99.postal-item@2024-12-28", "intl.mc99.not-by-air@2024-12-28"));
  }

  @ParameterizedTest
  @EnumSource(value = MailClass.class, names = {"POSTAL_RECEIPTED", "REGISTERED_LETTER"})
  void cmr_refuses_a_postal_item(MailClass postal) {
    // GIVEN EX-13 sent as a China Post item
    Claim claim = claim(ClaimType.LOSS, byRoad(EX_10A_CARRIAGE, "120", "CNY", "1200.00").mailClass(postal));

    // WHEN
    Assessment a = Conventions.cmr().assess(claim, bare());

    // THEN
    assertDenied(a, List.of("intl.cmr.art23@1956", "intl.cmr.postal-item@1956"));
  }

  @Test
  void cmr_postal_item_renders_in_both_languages() {
    // GIVEN / WHEN
    Claim claim =
        claim(ClaimType.LOSS, byRoad(EX_10A_CARRIAGE, "120", "CNY", "1200.00").mailClass(MailClass.POSTAL_RECEIPTED));

    // THEN
    Golden.assertMatches("intl-cmr-postal-item", Conventions.cmr().assess(claim, bare()), RENDERER);
  }

  @ParameterizedTest
  @EnumSource(value = TransportMode.class, names = "ROAD", mode = EnumSource.Mode.EXCLUDE)
  void cmr_refuses_every_mode_but_road(TransportMode mode) {
    // GIVEN EX-13's consignment carried by another mode
    Claim claim = claim(ClaimType.LOSS, by(mode, EX_10A_CARRIAGE, "120", "CNY", "1200.00"));

    // WHEN
    Assessment a = Conventions.cmr().assess(claim, bare());

    // THEN
    assertDenied(a, List.of("intl.cmr.art23@1956", "intl.cmr.not-by-road@1956"));
  }

  @Test
  void cmr_wrong_mode_renders_in_both_languages() {
    // GIVEN / WHEN
    Claim claim = claim(ClaimType.LOSS, by(TransportMode.AIR, EX_10A_CARRIAGE, "120", "CNY", "1200.00"));

    // THEN
    Golden.assertMatches("intl-cmr-not-by-road", Conventions.cmr().assess(claim, bare()), RENDERER);
  }

  @ParameterizedTest
  @EnumSource(value = TransportMode.class, names = "AIR", mode = EnumSource.Mode.EXCLUDE)
  void montreal_and_warsaw_refuse_every_mode_but_air(TransportMode mode) {
    // GIVEN EX-10 (a) carried by another mode
    Claim claim = claim(ClaimType.LOSS, by(mode, EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

    // WHEN / THEN
    assertDenied(MC99_2024.assess(claim, bare()), List.of("intl.mc99.cargo@2024-12-28", "intl.mc99.not-by-air@2024-12-28"));
    assertDenied(
        Conventions.warsawHague().assess(claim, bare()),
        List.of("intl.warsaw.cargo@hague-1955.sdr-17", "intl.warsaw.not-by-air@hague-1955.sdr-17"));
  }

  @Test
  void warsaw_wrong_mode_renders_in_both_languages() {
    // GIVEN / WHEN
    Claim claim = claim(ClaimType.LOSS, by(TransportMode.ROAD, EX_10A_CARRIAGE, "3.4", "CNY", "0.00"));

    // THEN
    Golden.assertMatches("intl-warsaw-not-by-air", Conventions.warsawHague().assess(claim, bare()), RENDERER);
  }

  @Test
  void the_denial_steps_name_the_article_in_each_language() {
    // GIVEN
    Claim claim = claim(ClaimType.LOSS, byAir(EX_10A_CARRIAGE, "3.4", "CNY", "0.00").mailClass(MailClass.POSTAL_RECEIPTED));
    Assessment a = MC99_2024.assess(claim, bare());

    // WHEN
    List<String> en = RENDERER.render(a, Locale.ENGLISH);
    List<String> zh = RENDERER.render(a, Locale.SIMPLIFIED_CHINESE);

    // THEN
    assertTrue(en.get(1).contains("Art. 2(2)"), en::toString);
    assertTrue(zh.get(1).contains("第2条第2款"), zh::toString);
  }

  /** A context with nothing established and no rate: a denial needs neither. */
  private static AssessmentContext bare() {
    return IntlClaims.withoutRate(EX_10A_CARRIAGE).build();
  }

  private static void assertDenied(Assessment a, List<String> ruleIds) {
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.CONVENTION_NOT_APPLICABLE), a.denialReasons());
    assertTrue(a.lines().isEmpty());
    assertEquals(cny("0.00"), a.total());
    assertEquals(ruleIds, a.ruleIds());
  }
}
