package io.parcelclaims.rules;

import static io.parcelclaims.rules.DeskClaims.claim;
import static io.parcelclaims.rules.DeskClaims.context;
import static io.parcelclaims.rules.DeskClaims.evidence;
import static io.parcelclaims.rules.DeskClaims.noon;
import static io.parcelclaims.rules.DeskClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.StandingRule;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.rules.evidence.ClaimSituation;
import io.parcelclaims.rules.evidence.EvidenceMatrices;
import io.parcelclaims.rules.evidence.EvidenceMessages;
import io.parcelclaims.rules.evidence.EvidenceRequirements;
import io.parcelclaims.rules.standing.StandingMessages;
import io.parcelclaims.rules.standing.Standings;
import io.parcelclaims.rules.timebar.Carmack;
import io.parcelclaims.rules.timebar.TimeBarMessages;
import io.parcelclaims.rules.timebar.TimeBars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every step the ready time bars, standing rules and evidence requirements produce, over a spread of
 * claims, renders in both languages with every placeholder filled; and between them the claims reach
 * every key of the three bundles.
 */
class DeskRenderingTest {
  private static final BusinessCalendar MAINLAND = ChineseCalendars.mainland2025to2026();
  private static final ExplanationRenderer RENDERER =
      ExplanationRenderer.of(TimeBarMessages.SOURCE, StandingMessages.SOURCE, EvidenceMessages.SOURCE);

  private static List<Claim> claims() {
    List<Claim> all = new ArrayList<>();
    Money fee = Money.of("USD", "20.00");
    List<Shipment> shipments =
        List.of(
            shipment(ServiceScope.INTERNATIONAL, TransportMode.AIR, fee, "2025-03-01").build(),
            shipment(ServiceScope.INTERNATIONAL, TransportMode.AIR, fee, "2025-03-01").promisedBy(noon("2025-03-05")).build(),
            shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, fee, "2025-03-01").promisedBy(noon("2025-03-03")).build(),
            shipment(ServiceScope.DOMESTIC_INTER_CITY, TransportMode.ROAD, fee, "2025-03-01")
                .declaredValue(Money.of("USD", "8000.00")).insurancePremium(Money.of("USD", "80.00"))
                .addContents(Item.builder().line(1).description("laptop").category(ItemCategory.ELECTRONICS).quantity(1)
                    .unitValue(Money.of("USD", "600.00")).build())
                .deliveredAt(noon("2025-03-04")).build());
    for (Shipment s : shipments) {
      for (String reported : List.of("2025-03-06", "2025-12-30")) {
        for (ClaimType type : ClaimType.values()) {
          for (PartyRole role : PartyRole.values()) {
            Claim.Builder b = claim(type, s, reported, role);
            if (type == ClaimType.DAMAGE) {
              b.damageExtent(role == PartyRole.SENDER ? DamageExtent.TOTAL : DamageExtent.PARTIAL);
            }
            if (role == PartyRole.BENEFICIARY) {
              // every kind of the SDK, the purchase proof stating an online purchase
              for (int n = 1; n <= 20; n++) {
                String code = String.format(Locale.ROOT, "E%02d", n);
                StatedFact[] facts =
                    code.equals("E04")
                        ? new StatedFact[] {StatedFact.text(Standings.PURCHASE_CHANNEL, Standings.ONLINE)}
                        : new StatedFact[0];
                b.addEvidence(evidence(n, EvidenceKind.of(code), reported, facts));
              }
            }
            all.add(b.build());
          }
        }
      }
    }
    return all;
  }

  private static List<AssessmentContext> contexts() {
    return List.of(
        context("2025-03-01").build(),
        context("2025-03-01").intentOrGrossNegligence(true).build(),
        context("2025-03-01").wilfulMisconduct(true).build(),
        context("2025-03-01").finding(InvestigationFinding.LOST).salvageValue(Money.of("USD", "5.00")).build());
  }

  private static List<TimeBar> timeBars() {
    return List.of(
        TimeBars.montrealNotice(MAINLAND),
        TimeBars.warsawNotice(MAINLAND),
        TimeBars.hagueNotice(MAINLAND),
        TimeBars.airWaybillNotice(MAINLAND),
        TimeBars.chinaPostInquiry(MAINLAND),
        TimeBars.sfInternational(MAINLAND),
        TimeBars.dhlExpress(MAINLAND),
        TimeBars.emsInternational(MAINLAND),
        TimeBars.cmrNotice(MAINLAND),
        TimeBars.cmrLimitation(MAINLAND).withShift(HolidayShift.NONE),
        TimeBars.cmrPresumedLoss(),
        TimeBars.montrealLimitation(MAINLAND).withShift(HolidayShift.NONE),
        TimeBars.warsawLimitation(MAINLAND).withShift(HolidayShift.NONE),
        TimeBars.montrealPresumedLoss(),
        TimeBars.completeDelay(),
        TimeBars.upsNotice(MAINLAND),
        TimeBars.upsFiling(MAINLAND),
        TimeBars.fedexUsExpress(MAINLAND));
  }

  private static List<ExplanationStep> everyStep() {
    List<ExplanationStep> steps = new ArrayList<>();
    List<StandingRule> standing = List.of(Standings.gbt27917(), Standings.civilCodeExpress(), Standings.montreal());
    List<EvidenceRequirements> evidence =
        List.of(
            EvidenceMatrices.national(),
            EvidenceMatrices.ups(),
            EvidenceMatrices.dhl(),
            EvidenceMatrices.sfCopyC(Money.of("USD", "1000.00"), Money.of("USD", "5000.00")),
            EvidenceMatrices.sfInternational(),
            EvidenceMatrices.montreal());
    for (Claim c : claims()) {
      for (AssessmentContext x : contexts()) {
        timeBars().forEach(b -> steps.add(b.check(c, x).step()));
        standing.forEach(r -> steps.add(r.check(c, x).step()));
        for (EvidenceRequirements e : evidence) {
          for (ClaimSituation s : ClaimSituation.values()) {
            steps.add(e.check(s, c, x).step());
          }
        }
      }
    }
    for (CalendarPeriod p :
        List.of(
            CalendarPeriod.calendarDays(60), CalendarPeriod.workingDays(300), CalendarPeriod.months(9),
            CalendarPeriod.years(3), CalendarPeriod.hours(24))) {
      steps.add(Carmack.checkFiling("w", p).step());
      steps.add(Carmack.checkSuit("w", p).step());
    }
    return steps;
  }

  @Test
  void every_step_renders_in_both_languages_and_every_key_is_reached() {
    // GIVEN each distinct message of every step
    Map<String, List<MessageArg>> messages = new TreeMap<>();
    for (ExplanationStep step : everyStep()) {
      for (ExplanationStep f : step.flatten()) {
        messages.putIfAbsent(f.messageKey() + " " + f.arguments(), f.arguments());
      }
    }
    Set<String> reached = new TreeSet<>();
    messages.keySet().forEach(k -> reached.add(k.substring(0, k.indexOf(' '))));

    // WHEN / THEN
    messages.forEach(
        (k, args) -> {
          for (Locale locale : Golden.LOCALES) {
            String line = RENDERER.message(k.substring(0, k.indexOf(' ')), locale, args);
            assertFalse(line.matches(".*\\{\\d.*"), line);
          }
        });
    Set<String> declared = new TreeSet<>();
    for (MessageSource source : List.of(TimeBarMessages.SOURCE, StandingMessages.SOURCE, EvidenceMessages.SOURCE)) {
      // terms of condition codes are reached through the codes, not as message keys
      source.entries(Locale.ENGLISH).stringPropertyNames().stream()
          .filter(k -> k.startsWith("explain."))
          .forEach(declared::add);
    }
    Set<String> unreached = new TreeSet<>(declared);
    unreached.removeAll(reached);
    // anchors that always have a day, CMR's presumed loss that always has a date, and names of
    // kinds no ready requirement asks for (E20, a carrier's own); and since Montreal Art. 14 (rev.
    // 2026-12) no ready standing rule denies the sender
    assertEquals(
        Set.of(
            "explain.evidence.kind-e20",
            "explain.evidence.kind-other",
            "explain.standing.sender-may-not-claim",
            "explain.timebar.anchor-acceptance",
            "explain.timebar.anchor-cmr-total-loss",
            "explain.timebar.cmr-presumed-loss-unknown"),
        unreached);
  }
}
