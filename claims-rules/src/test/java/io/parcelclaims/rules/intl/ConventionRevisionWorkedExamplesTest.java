package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.DeskClaims.claim;
import static io.parcelclaims.rules.DeskClaims.context;
import static io.parcelclaims.rules.DeskClaims.evidence;
import static io.parcelclaims.rules.DeskClaims.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.GuardedPolicy;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.TimeBarAnswer;
import io.parcelclaims.policy.Timeliness;
import io.parcelclaims.rules.Golden;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.rules.standing.StandingMessages;
import io.parcelclaims.rules.standing.Standings;
import io.parcelclaims.rules.timebar.ClaimWindows;
import io.parcelclaims.rules.timebar.TimeBarMessages;
import io.parcelclaims.rules.timebar.TimeBars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/worked-examples.md added in the 2026-12 revision for the conventions (§5, rev.
 * 2026-12): <b>EX-25</b> CMR damage (Art. 25), <b>EX-26</b> CMR wilful misconduct (Art. 29, 32),
 * <b>EX-27</b> CMR reservations (Art. 30), <b>EX-28</b> Montreal limitation (Art. 35), <b>EX-29</b>
 * Montreal declaration below the limit (Art. 22(3), 26), <b>EX-30</b> Warsaw / Hague and postal items
 * (Art. 2(2)) and <b>EX-31</b> Montreal standing (Art. 14). Each asserts the outcome, every line, the
 * total, the reasons and the exact rule-id list, and renders the explanation in both languages
 * against its golden file. Figures the examples leave open come from other examples of §8 (named
 * where used): EX-10's 3.4 kg and 1 SDR = 9.7000 CNY, EX-11's dates, EX-02's assessed loss.
 */
class ConventionRevisionWorkedExamplesTest {
  private static final BusinessCalendar MAINLAND = ChineseCalendars.mainland2025to2026();
  private static final ExplanationRenderer RENDERER =
      ExplanationRenderer.of(ConventionMessages.SOURCE, TimeBarMessages.SOURCE, StandingMessages.SOURCE);
  private static final Currency CNY = Currency.getInstance("CNY");

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  private static SdrRate rate(String unitsPerSdr, String date) {
    return new SdrRate(CNY, new BigDecimal(unitsPerSdr), LocalDate.parse(date));
  }

  private static SettlementLine compensation(String amount) {
    return SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny(amount));
  }

  private static SettlementLine refund(String amount) {
    return SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny(amount));
  }

  private static List<String> at(String version, String... ids) {
    return List.of(ids).stream().map(id -> id + "@" + version).toList();
  }

  // ---- CMR

  /** A consignment by road of the given gross weight, carriage charges 1,200.00 (EX-13, EX-25). */
  private static Shipment.Builder road(String accepted, String grossKg) {
    return shipment(TransportMode.ROAD, Place.of("PL", "Warsaw"), Place.of("DE", "Berlin"), cny("1200.00"), accepted, grossKg);
  }

  private static Shipment.Builder shipment(
      TransportMode mode, Place origin, Place destination, Money fee, String accepted, String grossKg) {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.INTERNATIONAL)
        .transportMode(mode)
        .origin(origin)
        .destination(destination)
        .acceptedAt(noon(accepted))
        .grossWeightKg(new BigDecimal(grossKg))
        .chargeableWeightKg(new BigDecimal(grossKg))
        .shippingFee(fee);
  }

  /** EX-25's assessment inputs: value 30,000.00, depreciated by 10% (3,000.00), all 100 kg affected. */
  private static AssessmentContext.Builder ex25Context(String governing) {
    return context(governing)
        .sdrRate(rate("9.7000", governing))
        .provedValue(cny("30000.00"))
        .assessedLoss(cny("3000.00"))
        .affectedWeightKg(new BigDecimal("100"));
  }

  private static final List<String> EX25_RULE_IDS =
      at(
          "1956",
          "intl.cmr.art23",
          "intl.cmr.applies",
          "intl.cmr.compensation",
          "intl.cmr.art25.damage-cap",
          "value.assessed-loss",
          "intl.cmr.limit",
          "intl.cmr.per-kg-limit",
          "intl.cmr.charges",
          "value.assessed-loss",
          "value.proved");

  @Test
  void ex25_cmr_damage_pays_the_diminution_in_value_and_refunds_the_charges_in_proportion_to_it() {
    // GIVEN road; 100 kg consignment, value at taking over 30,000.00, all of it damaged and
    // depreciated by 10%; carriage charges 1,200.00; 1 SDR = 9.7000 CNY
    Claim claim = claim(ClaimType.DAMAGE, road("2025-03-15", "100").build(), "2025-03-15").damageExtent(DamageExtent.PARTIAL).build();

    // WHEN
    Assessment a = Conventions.cmr().assess(claim, ex25Context("2025-03-15").build());

    // THEN diminished value 3,000.00; cap for the whole consignment 8.33 × 100 × 9.7000 = 8,080.10;
    // min = 3,000.00; charges 3,000.00 / 30,000.00 × 1,200.00 = 120.00
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation("3000.00"), refund("120.00")), a.lines());
    assertEquals(cny("3120.00"), a.total());
    assertEquals(List.of(), a.denialReasons());
    assertEquals(EX25_RULE_IDS, a.ruleIds());
    assertTrue(a.alternative().isEmpty());
    Golden.assertMatches("ex-25", a, RENDERER);
  }

  @Test
  void ex25_boundary_a_diminution_above_the_cap_is_capped_at_8_33_sdr_per_kg_of_the_depreciated_goods() {
    // GIVEN EX-25 with a diminution equal to the whole value (30,000.00), still partial damage of
    // all 100 kg
    Claim claim = claim(ClaimType.DAMAGE, road("2025-03-15", "100").build(), "2025-03-15").damageExtent(DamageExtent.PARTIAL).build();

    // WHEN
    Assessment a = Conventions.cmr().assess(claim, ex25Context("2025-03-15").assessedLoss(cny("30000.00")).build());

    // THEN min(30,000.00, 8,080.10); charges in the proportion 30,000.00 / 30,000.00 = all 1,200.00
    assertEquals(List.of(compensation("8080.10"), refund("1200.00")), a.lines());
  }

  @Test
  void ex26_cmr_wilful_misconduct_lifts_the_limit_and_gives_three_years_to_sue() {
    // GIVEN EX-13 (road, 120 kg lost, value 30,000.00, charges 1,200.00, 1 SDR = 9.7000 CNY) with the
    // carrier's wilful misconduct established
    Claim claim = claim(ClaimType.LOSS, road("2025-03-15", "120").build(), "2025-03-15").build();
    AssessmentContext context =
        context("2025-03-15").sdrRate(rate("9.7000", "2025-03-15")).provedValue(cny("30000.00")).wilfulMisconduct(true).build();
    ClaimWindows limitation = TimeBars.cmrLimitation(MAINLAND).withShift(HolidayShift.NONE);

    // WHEN
    Assessment a = Conventions.cmr().assess(claim, context);
    TimeBarAnswer bar = limitation.check(claim, context);

    // THEN no cap: 30,000.00 + 1,200.00 = 31,200.00; Art. 32: 3 years from the 60th day after taking
    // over (2025-03-15 + 60 = 2025-05-14), last day 2028-05-14
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation("30000.00"), refund("1200.00")), a.lines());
    assertEquals(cny("31200.00"), a.total());
    assertEquals(List.of(), a.denialReasons());
    assertEquals(
        at(
            "1956",
            "intl.cmr.art23",
            "intl.cmr.applies",
            "intl.cmr.compensation",
            "intl.cmr.total-loss-cap",
            "value.proved",
            "intl.cmr.charges"),
        a.ruleIds());
    assertEquals(CalendarPeriod.years(3), limitation.windowFor(claim, context).orElseThrow().length());
    assertEquals(Timeliness.IN_TIME, bar.timeliness());
    assertEquals(Optional.of(LocalDate.of(2028, 5, 14)), bar.date());
    assertEquals("cmr.art32.total-loss-wilful@1956", bar.step().children().get(0).rule().toString());
    Golden.assertMatches("ex-26", a, RENDERER);
  }

  /** EX-27: delivered 2025-03-03 (a Monday), a written reservation on the given day. */
  private static Claim ex27(ClaimType type, String reservation) {
    Claim.Builder b =
        claim(type, road("2025-03-01", "100").deliveredAt(noon("2025-03-03")).build(), reservation)
            .addEvidence(evidence(1, EvidenceKind.WRITTEN_NOTICE, reservation));
    if (type == ClaimType.DAMAGE) {
      b.damageExtent(DamageExtent.PARTIAL);
    }
    return b.build();
  }

  @Test
  void ex27a_cmr_a_late_reservation_for_hidden_damage_is_not_a_bar_but_a_presumption() {
    // GIVEN EX-25's damage, delivered 2025-03-03, reserved in writing 10 days later, 2025-03-13; the
    // 7 days (Sundays and holidays excepted) ended 2025-03-11
    Claim claim = ex27(ClaimType.DAMAGE, "2025-03-13");
    CompensationPolicy guarded = GuardedPolicy.builder(Conventions.cmr()).timeBar(TimeBars.cmrNotice(MAINLAND)).build();

    // WHEN
    Assessment a = guarded.assess(claim, ex25Context("2025-03-01").build());

    // THEN assessed as EX-25; the explanation records that receipt is prima facie evidence of good
    // condition (rev. 2026-12: before, TIME_BARRED_NOTICE)
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation("3000.00"), refund("120.00")), a.lines());
    assertEquals(cny("3120.00"), a.total());
    assertEquals(List.of(), a.denialReasons());
    List<String> ids = new java.util.ArrayList<>(EX25_RULE_IDS);
    ids.addAll(1, List.of("cmr.art30.notice@1956", "cmr.art30.damage@1956"));
    assertEquals(ids, a.ruleIds());
    assertEquals("explain.timebar.cmr-reservation-presumption", a.steps().get(1).messageKey());
    Golden.assertMatches("ex-27a", a, RENDERER);
  }

  @Test
  void ex27b_cmr_a_delay_reservation_25_days_after_disposal_is_denied_time_barred() {
    // GIVEN delay; placed at the consignee's disposal 2025-03-03; reservation 25 days later, 2025-03-28
    Claim claim = ex27(ClaimType.DELAY, "2025-03-28");
    CompensationPolicy guarded = GuardedPolicy.builder(Conventions.cmr()).timeBar(TimeBars.cmrNotice(MAINLAND)).build();

    // WHEN
    Assessment a = guarded.assess(claim, context("2025-03-01").sdrRate(rate("9.7000", "2025-03-01")).assessedLoss(cny("1200.00")).build());
    TimeBarAnswer dayTwentyOne = TimeBars.cmrNotice(MAINLAND).check(ex27(ClaimType.DELAY, "2025-03-24"), context("2025-03-01").build());

    // THEN 21 days (Art. 30(3)): last day 2025-03-24
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(), a.lines());
    assertEquals(cny("0.00"), a.total());
    assertEquals(List.of(DenialReason.TIME_BARRED), a.denialReasons());
    assertEquals(
        List.of("intl.cmr.art23@1956", "cmr.art30.notice@1956", "cmr.art30.delay@1956", "cmr.art30.notice@1956"),
        a.ruleIds());
    assertEquals(Timeliness.IN_TIME, dayTwentyOne.timeliness());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 24)), dayTwentyOne.date());
    Golden.assertMatches("ex-27b", a, RENDERER);
  }

  // ---- Montreal and Warsaw

  /** EX-10's air parcel, 3.4 kg, accepted (and arrived) on the given day. */
  private static Shipment.Builder air(String accepted, String grossKg) {
    return shipment(TransportMode.AIR, Place.of("CN", "Shenzhen"), Place.of("US", "New York"), cny("0.00"), accepted, grossKg);
  }

  private static Assessment ex28(String lodged) {
    Claim claim =
        claim(ClaimType.DAMAGE, air("2023-03-01", "3.4").deliveredAt(noon("2023-03-01")).build(), lodged)
            .damageExtent(DamageExtent.TOTAL)
            .build();
    CompensationPolicy cargo = Conventions.montrealCargo().inForceOn(LocalDate.of(2023, 3, 1)).orElseThrow();
    return GuardedPolicy.builder(cargo)
        .timeBar(TimeBars.montrealLimitation(MAINLAND))
        .build()
        .assess(claim, context("2023-03-01").sdrRate(rate("9.7000", "2025-03-15")).provedValue(cny("15000.00")).build());
  }

  @Test
  void ex28_montreal_an_action_within_two_years_of_arrival_is_in_time() {
    // GIVEN air cargo arrived 2023-03-01, destroyed (EX-10's 3.4 kg and 15,000.00); lodged 2025-02-27

    // WHEN
    Assessment a = ex28("2025-02-27");

    // THEN in time (last day 2025-03-01); 22 SDR/kg for carriage in 2023: 22 × 3.4 × 9.7000 = 725.56
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation("725.56")), a.lines());
    assertEquals(cny("725.56"), a.total());
    assertEquals(List.of(), a.denialReasons());
    List<String> ids = new java.util.ArrayList<>(List.of("intl.mc99.cargo@2019-12-28", "mc99.art35.limitation@1999", "mc99.art35.action@1999"));
    ids.addAll(
        at(
            "2019-12-28",
            "intl.mc99.applies",
            "intl.mc99.liability",
            "intl.mc99.weight-cap",
            "intl.mc99.actual-loss",
            "value.proved",
            "intl.mc99.per-kg-limit"));
    assertEquals(ids, a.ruleIds());
    Golden.assertMatches("ex-28-in-time", a, RENDERER);
  }

  @Test
  void ex28_montreal_an_action_after_two_years_from_arrival_is_denied_time_barred() {
    // GIVEN EX-28 lodged 2025-03-10

    // WHEN
    Assessment a = ex28("2025-03-10");

    // THEN two years from arrival: the last day was 2025-03-01
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(), a.lines());
    assertEquals(cny("0.00"), a.total());
    assertEquals(List.of(DenialReason.TIME_BARRED), a.denialReasons());
    assertEquals(
        List.of("intl.mc99.cargo@2019-12-28", "mc99.art35.limitation@1999", "mc99.art35.action@1999", "mc99.art35.limitation@1999"),
        a.ruleIds());
    Golden.assertMatches("ex-28-barred", a, RENDERER);
  }

  @Test
  void ex29_montreal_a_declared_sum_below_the_per_kg_limit_cannot_lower_it() {
    // GIVEN shipped 2025-03-01, 10 kg, value 5,000.00, a special declaration of interest of 1,000.00
    // (its charge: EX-01's 9.00); 1 SDR = 9.6500 CNY
    Claim claim =
        claim(
                ClaimType.LOSS,
                air("2025-03-01", "10").declaredValue(cny("1000.00")).insurancePremium(cny("9.00")).build(),
                "2025-03-01")
            .build();
    CompensationPolicy cargo = Conventions.montrealCargo().governing(claim, io.parcelclaims.rules.DeskClaims.SHANGHAI).orElseThrow();

    // WHEN
    Assessment a = cargo.assess(claim, context("2025-03-01").sdrRate(rate("9.6500", "2025-03-01")).provedValue(cny("5000.00")).build());

    // THEN per-kg limit 26 × 10 × 9.6500 = 2,509.00; the declared 1,000.00 cannot lower it; min(5,000.00, 2,509.00)
    assertEquals(PolicyId.of("intl.mc99.cargo", "2024-12-28"), cargo.id());
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation("2509.00")), a.lines());
    assertEquals(cny("2509.00"), a.total());
    assertEquals(List.of(), a.denialReasons());
    assertEquals(
        at(
            "2024-12-28",
            "intl.mc99.cargo",
            "intl.mc99.applies",
            "intl.mc99.liability",
            "intl.mc99.declared-sum-cap",
            "intl.mc99.actual-loss",
            "value.proved",
            "intl.mc99.art26.declared-sum",
            "value.insured",
            "intl.mc99.per-kg-limit"),
        a.ruleIds());
    Golden.assertMatches("ex-29", a, RENDERER);
  }

  @Test
  void ex30_warsaw_hague_refuses_a_postal_item_carried_by_air() {
    for (MailClass postal : List.of(MailClass.POSTAL_RECEIPTED, MailClass.REGISTERED_LETTER)) {
      // GIVEN a postal item carried by air (EX-10's 3.4 kg)
      Claim claim = claim(ClaimType.LOSS, air("2025-03-15", "3.4").mailClass(postal).build(), "2025-03-15").build();

      // WHEN
      Assessment a = Conventions.warsawHague().assess(claim, context("2025-03-15").provedValue(cny("15000.00")).build());

      // THEN convention not applicable (Art. 2(2)); no rate needed
      assertEquals(Outcome.DENIED, a.outcome(), postal.name());
      assertEquals(List.of(), a.lines());
      assertEquals(cny("0.00"), a.total());
      assertEquals(List.of(DenialReason.CONVENTION_NOT_APPLICABLE), a.denialReasons());
      assertEquals(at("hague-1955.sdr-17", "intl.warsaw.cargo", "intl.warsaw.postal-item"), a.ruleIds());
      if (postal == MailClass.POSTAL_RECEIPTED) {
        Golden.assertMatches("ex-30", a, RENDERER);
      }
    }
  }

  @Test
  void ex31_montreal_a_sender_claiming_damage_has_standing_art_14() {
    // GIVEN EX-11's air cargo (carried 2025-03-28, received by the consignee 2025-04-01), complaint in
    // time on 2025-04-15; the sender claims for partial damage; EX-10's 3.4 kg and rate, EX-02's
    // assessed loss 1,500.00
    Claim claim =
        claim(ClaimType.DAMAGE, air("2025-03-28", "3.4").deliveredAt(noon("2025-04-01")).build(), "2025-04-15", PartyRole.SENDER)
            .damageExtent(DamageExtent.PARTIAL)
            .addEvidence(evidence(1, EvidenceKind.WRITTEN_NOTICE, "2025-04-15"))
            .build();
    CompensationPolicy guarded =
        GuardedPolicy.builder(Conventions.montrealCargo().inForceOn(LocalDate.of(2025, 3, 28)).orElseThrow())
            .standing(Standings.montreal())
            .timeBar(TimeBars.montrealNotice(MAINLAND))
            .build();

    // WHEN
    Assessment a =
        guarded.assess(claim, context("2025-03-28").sdrRate(rate("9.7000", "2025-03-15")).assessedLoss(cny("1500.00")).build());

    // THEN standing (Art. 31 governs the complaint, not who may claim; rev. 2026-12: before,
    // NOT_ENTITLED_TO_CLAIM); min(1,500.00, 26 × 3.4 × 9.7000 = 857.48)
    assertEquals(Outcome.PAYABLE, a.outcome());
    assertEquals(List.of(compensation("857.48")), a.lines());
    assertEquals(cny("857.48"), a.total());
    assertEquals(List.of(), a.denialReasons());
    List<String> ids =
        new java.util.ArrayList<>(
            List.of(
                "intl.mc99.cargo@2024-12-28",
                "mc99.art14.standing@1999",
                "mc99.art14.standing@1999",
                "mc99.art31.notice@1999",
                "mc99.art31.damage@1999"));
    ids.addAll(
        at(
            "2024-12-28",
            "intl.mc99.applies",
            "intl.mc99.liability",
            "intl.mc99.weight-cap",
            "intl.mc99.actual-loss",
            "value.assessed-loss",
            "intl.mc99.per-kg-limit"));
    assertEquals(ids, a.ruleIds());
    Golden.assertMatches("ex-31", a, RENDERER);
  }
}
