package io.parcelclaims.rules.regime;

import static io.parcelclaims.rules.regime.RegimeClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.CarrierKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.rules.Presets;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.value.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The regime chooser, one test per regime and per boundary the issue names (docs/regimes.md, §5):
 * China Post's universal service against express items, Montreal against Warsaw/Hague by the
 * states' membership, CMR by road, and postal items that no convention governs. The country codes
 * and memberships are the caller's data (docs/README.md lists no member states); the ones here are
 * made-up lists, not claims about real ratifications.
 */
class RegimeChooserTest {
  private static final Carrier CHINA_POST = Carrier.chinaPost();
  private static final Carrier SF = Carrier.express("sf-express");
  private static final ConventionStates STATES = ConventionStates.none()
      .withMontreal("CN", "US", "HK")
      .withWarsawHague("CN", "US", "TH")
      .withCmr("PL", "DE");
  private static final RegimeChooser CHOOSER = RegimeChooser.of(STATES);

  private static GoverningRegime choose(Carrier carrier, MailClass mailClass, TransportMode mode, String from, String to) {
    return CHOOSER.choose(shipment(carrier, mailClass, mode, from, to));
  }

  private static void assertRegime(Regime regime, String key, GoverningRegime g) {
    assertEquals(regime, g.regime());
    assertEquals("explain.regime." + key, g.explanation().messageKey());
    assertEquals(PolicyId.of(RegimeChooser.ID, RegimeChooser.VERSION), g.explanation().rule());
    assertTrue(g.explanation().facts().contains(new Fact("regime", MessageArg.code(regime.code()))), g.explanation()::toString);
  }

  @Nested
  class ChinaPostAgainstExpress {
    @Test
    void a_china_post_receipted_item_is_under_the_postal_law() {
      GoverningRegime g = choose(CHINA_POST, MailClass.POSTAL_RECEIPTED, TransportMode.ROAD, "CN", "CN");

      assertRegime(Regime.POSTAL_LAW, "postal-law", g);
      assertSame(PostalLaw.policy(), g.policy().orElseThrow());
    }

    @Test
    void a_china_post_registered_letter_is_under_the_postal_law() {
      assertRegime(Regime.POSTAL_LAW, "postal-law", choose(CHINA_POST, MailClass.REGISTERED_LETTER, TransportMode.ROAD, "CN", "CN"));
    }

    @Test
    void china_posts_own_express_product_is_outside_the_universal_service_and_under_civil_law() {
      // docs/regimes.md: EMS is run by China Post but sold as express; Art. 45(2) → civil law
      GoverningRegime g = choose(CHINA_POST, MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN");

      assertRegime(Regime.CIVIL_LAW, "civil-law-postal-express", g);
      assertSame(CivilCodeExpress.policy(), g.policy().orElseThrow());
    }

    @Test
    void an_express_companys_item_is_under_civil_law() {
      GoverningRegime g = choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN");

      assertRegime(Regime.CIVIL_LAW, "civil-law", g);
      assertSame(CivilCodeExpress.policy(), g.policy().orElseThrow());
    }

    @Test
    void an_express_company_never_carries_under_the_postal_law_whatever_mail_class_it_records() {
      // Postal Law Art. 45(2), 59: express items follow civil law, never the 3× postage cap
      assertRegime(Regime.CIVIL_LAW, "civil-law", choose(SF, MailClass.POSTAL_RECEIPTED, TransportMode.ROAD, "CN", "CN"));
    }

    @Test
    void without_a_carrier_the_mail_class_decides() {
      assertRegime(Regime.POSTAL_LAW, "postal-law", choose(null, MailClass.POSTAL_RECEIPTED, TransportMode.ROAD, "CN", "CN"));
      assertRegime(Regime.CIVIL_LAW, "civil-law", choose(null, MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN"));
    }

    @Test
    void another_carrier_within_mainland_china_is_under_civil_law() {
      assertRegime(Regime.CIVIL_LAW, "civil-law-carrier",
          choose(Carrier.of(CarrierKind.OTHER, "haulier"), MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN"));
    }

    @Test
    void carriage_within_another_country_has_no_ready_rules() {
      GoverningRegime g = choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "US", "US");

      assertRegime(Regime.NONE, "domestic-abroad", g);
      assertEquals(Optional.empty(), g.policy());
    }
  }

  @Nested
  class MontrealAgainstWarsaw {
    @Test
    void air_carriage_between_two_montreal_parties_is_under_montreal() {
      GoverningRegime g = choose(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "US");

      assertRegime(Regime.MONTREAL, "montreal", g);
      assertSame(Conventions.montrealCargo(), g.policy().orElseThrow());
      assertEquals(List.of(MessageArg.code("CN"), MessageArg.code("US")), g.explanation().arguments());
    }

    @Test
    void montreal_prevails_where_both_states_are_parties_to_both_conventions() {
      // CN and US are on both made-up lists
      assertEquals(Regime.MONTREAL, choose(SF, MailClass.EXPRESS, TransportMode.AIR, "US", "CN").regime());
    }

    @Test
    void air_carriage_where_one_state_is_not_a_montreal_party_but_both_are_warsaw_hague_parties_is_under_warsaw() {
      GoverningRegime g = choose(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "TH");

      assertRegime(Regime.WARSAW_HAGUE, "warsaw-hague", g);
      assertEquals(Conventions.warsawHague().id(), g.policy().orElseThrow().id());
    }

    @Test
    void the_same_route_is_under_montreal_once_both_states_are_montreal_parties() {
      RegimeChooser later = RegimeChooser.of(STATES.withMontreal("TH"));

      assertEquals(Regime.MONTREAL, later.choose(shipment(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "TH")).regime());
    }

    @Test
    void air_carriage_with_a_state_party_to_neither_has_no_convention() {
      GoverningRegime g = choose(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "BR");

      assertRegime(Regime.NONE, "no-air-convention", g);
      assertEquals(Optional.empty(), g.policy());
    }

    @Test
    void a_territory_the_caller_lists_counts_as_a_party() {
      assertEquals(Regime.MONTREAL, choose(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "HK").regime());
    }

    @Test
    void with_no_membership_data_no_convention_governs() {
      RegimeChooser blind = RegimeChooser.of(ConventionStates.none());

      assertEquals(Regime.NONE, blind.choose(shipment(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "US")).regime());
      assertEquals(Regime.NONE, blind.choose(shipment(SF, MailClass.EXPRESS, TransportMode.ROAD, "PL", "DE")).regime());
    }
  }

  @Nested
  class CmrByRoad {
    @Test
    void road_carriage_between_two_contracting_states_is_under_cmr() {
      GoverningRegime g = choose(Carrier.of(CarrierKind.OTHER, "haulier"), MailClass.EXPRESS, TransportMode.ROAD, "PL", "DE");

      assertRegime(Regime.CMR, "cmr", g);
      assertEquals(Conventions.cmr().id(), g.policy().orElseThrow().id());
    }

    @Test
    void road_carriage_with_one_contracting_state_is_under_cmr() {
      // CMR Art. 1(1): at least one of the two countries a contracting country
      assertEquals(Regime.CMR, choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "CN", "DE").regime());
    }

    @Test
    void road_carriage_with_no_contracting_state_has_no_convention() {
      assertRegime(Regime.NONE, "no-road-convention", choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "CN", "HK"));
    }

    @Test
    void air_carriage_between_cmr_states_is_not_under_cmr() {
      assertEquals(Regime.NONE, choose(SF, MailClass.EXPRESS, TransportMode.AIR, "PL", "DE").regime());
    }

    @Test
    void other_modes_have_no_ready_rules() {
      assertRegime(Regime.NONE, "no-rules-rail", choose(SF, MailClass.EXPRESS, TransportMode.RAIL, "PL", "DE"));
      assertRegime(Regime.NONE, "no-rules-sea", choose(SF, MailClass.EXPRESS, TransportMode.SEA, "CN", "US"));
      assertRegime(Regime.NONE, "no-rules-multimodal", choose(SF, MailClass.EXPRESS, TransportMode.MULTIMODAL, "CN", "US"));
    }
  }

  @Nested
  class PostalItemsExcluded {
    @Test
    void a_china_post_item_by_air_between_montreal_parties_stays_under_the_postal_law() {
      // Montreal Art. 2(2), Warsaw Art. 2(2): the conventions do not govern postal items
      GoverningRegime g = choose(CHINA_POST, MailClass.POSTAL_RECEIPTED, TransportMode.AIR, "CN", "US");

      assertRegime(Regime.POSTAL_LAW, "postal-law-cross-border", g);
      assertSame(PostalLaw.policy(), g.policy().orElseThrow());
    }

    @Test
    void a_china_post_item_by_road_into_a_cmr_state_is_not_under_cmr() {
      // CMR Art. 1(4)(a): not carriage under an international postal convention
      assertRegime(Regime.POSTAL_LAW, "postal-law-cross-border",
          choose(CHINA_POST, MailClass.REGISTERED_LETTER, TransportMode.ROAD, "CN", "DE"));
    }

    @Test
    void a_postal_item_accepted_abroad_has_no_ready_rules() {
      GoverningRegime g = choose(Carrier.of(CarrierKind.POSTAL_OPERATOR, "deutsche-post"), MailClass.POSTAL_RECEIPTED,
          TransportMode.ROAD, "DE", "PL");

      assertRegime(Regime.NONE, "postal-item-abroad", g);
      assertEquals(Optional.empty(), g.policy());
    }
  }

  @Test
  void a_carrier_supplies_its_own_policy_for_a_regime() {
    io.parcelclaims.policy.CompensationPolicy terms = Carriers.sfInternational();
    RegimeChooser sf = CHOOSER.withPolicy(Regime.NONE, terms);

    assertEquals(Optional.of(terms), sf.choose(shipment(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "BR")).policy());
    assertEquals(Optional.empty(), CHOOSER.policyFor(Regime.NONE));
  }

  @Test
  void every_step_renders_in_both_languages_and_the_chinese_has_no_raw_regime_code() {
    ExplanationRenderer renderer = Presets.renderer();
    List<GoverningRegime> all = List.of(
        choose(CHINA_POST, MailClass.POSTAL_RECEIPTED, TransportMode.ROAD, "CN", "CN"),
        choose(CHINA_POST, MailClass.POSTAL_RECEIPTED, TransportMode.AIR, "CN", "US"),
        choose(CHINA_POST, MailClass.POSTAL_RECEIPTED, TransportMode.AIR, "DE", "US"),
        choose(CHINA_POST, MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN"),
        choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN"),
        choose(Carrier.of(CarrierKind.OTHER, "haulier"), MailClass.EXPRESS, TransportMode.ROAD, "CN", "CN"),
        choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "US", "US"),
        choose(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "US"),
        choose(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "TH"),
        choose(SF, MailClass.EXPRESS, TransportMode.AIR, "CN", "BR"),
        choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "PL", "DE"),
        choose(SF, MailClass.EXPRESS, TransportMode.ROAD, "CN", "BR"),
        choose(SF, MailClass.EXPRESS, TransportMode.RAIL, "CN", "BR"),
        choose(SF, MailClass.EXPRESS, TransportMode.SEA, "CN", "BR"),
        choose(SF, MailClass.EXPRESS, TransportMode.MULTIMODAL, "CN", "BR"));

    assertEquals(15, all.stream().map(g -> g.explanation().messageKey()).distinct().count());
    for (GoverningRegime g : all) {
      String en = renderer.render(g.explanation(), Locale.ENGLISH).get(0);
      String zh = renderer.render(g.explanation(), Locale.SIMPLIFIED_CHINESE).get(0);
      assertTrue(en.startsWith("[regime.chooser@2026-12] "), en);
      assertTrue(zh.contains(g.explanation().arguments().get(1).text()), zh);
      for (Regime r : Regime.values()) {
        assertTrue(!zh.contains(r.code()) && !en.contains(r.code() + " "), zh);
      }
    }
  }

  @Test
  void membership_lists_hold_country_codes_only() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ConventionStates.none().withMontreal("China"));

    assertEquals("montreal", e.violations().get(0).path());
  }
}
