package io.parcelclaims.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.internal.FormParts;
import io.parcelclaims.testkit.internal.MinorUnits;
import io.parcelclaims.testkit.internal.Rebuild;
import io.parcelclaims.workflow.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;

/** The arbitraries give valid values, honour their narrowing, and include the edge cases they promise. */
class ClaimArbitrariesProperties {
  private static final Currency CNY = Currency.getInstance("CNY");

  @Group
  class Validity {
    @Property
    void generated_claims_pass_the_intake_form_unchanged(@ForAll("claims") Claim claim) {
      Claim viaIntake = FormParts.of(claim).newForm().toClaim();

      assertEquals(claim, viaIntake);
    }

    @Property
    void affected_items_name_shipped_lines_in_shipped_quantities(@ForAll("claims") Claim claim) {
      for (AffectedItem a : claim.affectedItems()) {
        Item shipped = claim.shipment().item(a.line()).orElseThrow();
        assertTrue(a.quantity() <= shipped.quantity(), a::toString);
      }
    }

    @Property
    void a_case_context_is_in_the_claims_currency_and_governed_by_its_acceptance_date(@ForAll("cases") ClaimCase c) {
      Currency currency = c.claim().shipment().currency();
      AssessmentContext x = c.context();

      assertEquals(c.claim().shipment().acceptedAt().atZone(x.zone()).toLocalDate(), x.governingDate());
      x.provedValue().ifPresent(v -> assertEquals(currency, v.currency()));
      x.assessedLoss().ifPresent(v -> assertEquals(currency, v.currency()));
      x.salvageValue().ifPresent(v -> assertEquals(currency, v.currency()));
      x.priorPayouts().forEach(v -> assertEquals(currency, v.currency()));
      x.sdrRate().map(SdrRate::currency).ifPresent(r -> assertEquals(currency, r));
    }

    @Property
    void rebuilt_copies_equal_their_originals(@ForAll("cases") ClaimCase c) {
      assertEquals(c.claim(), Rebuild.copy(c.claim()));
      assertEquals(c.context(), Rebuild.copy(c.context()));
    }

    @Property
    void actors_have_at_most_one_limit_per_currency_and_always_the_required_one(@ForAll("actorsWithCnyLimits") Actor actor) {
      List<Currency> currencies = actor.authorityLimits().stream().map(Money::currency).toList();

      assertEquals(currencies.size(), Set.copyOf(currencies).size(), currencies::toString);
      assertTrue(actor.limitIn(CNY).isPresent(), actor::toString);
    }

    @Property
    void settlements_never_total_below_zero(@ForAll("settlements") Settlement s) {
      assertFalse(s.total().isNegative(), s::toString);
    }

    @Property
    void parties_never_show_their_personal_data(@ForAll("parties") Party p) {
      assertFalse(p.toString().contains(p.name()), p::toString);
      assertFalse(p.toString().contains(p.phone()), p::toString);
    }

    @Property
    void calendars_cover_their_years_and_keep_make_up_days_off_the_holidays(@ForAll("calendars") BusinessCalendar calendar) {
      LocalDate first = calendar.firstYear().atDay(1);
      LocalDate last = calendar.lastYear().atDay(calendar.lastYear().length());

      assertTrue(calendar.covers(first) && calendar.covers(last));
      // a working day follows within a year: holidays never swallow a whole year
      assertTrue(calendar.plusWorkingDays(first, 1).isBefore(first.plusYears(1)));
    }

    @Property
    void evidence_states_each_fact_once(@ForAll("evidence") Evidence e) {
      Set<String> names = e.statedFacts().stream().map(f -> f.name()).collect(Collectors.toSet());

      assertEquals(e.statedFacts().size(), names.size());
    }
  }

  @Group
  class Narrowing {
    @Property
    void narrowed_claims_are_insured_international_air_losses_above_ten_thousand_cny(@ForAll("bigAirLosses") Claim claim) {
      Shipment s = claim.shipment();

      assertEquals(ClaimType.LOSS, claim.type());
      assertTrue(s.isInsured());
      assertEquals(ServiceScope.INTERNATIONAL, s.scope());
      assertEquals(TransportMode.AIR, s.transportMode());
      assertTrue(claim.amountClaimed().isGreaterThan(Money.of("CNY", "10000.00")), claim.amountClaimed()::toString);
      assertFalse(s.origin().country().equals(s.destination().country()));
    }

    @Property
    void damage_claims_carry_the_narrowed_extent_and_others_none(@ForAll("partialDamageOrShort") Claim claim) {
      assertTrue(claim.type() == ClaimType.DAMAGE || claim.type() == ClaimType.SHORT_CONTENTS);
      assertEquals(claim.type() == ClaimType.DAMAGE, claim.damageExtent().isPresent());
      claim.damageExtent().ifPresent(e -> assertEquals(DamageExtent.PARTIAL, e));
    }

    @Property
    void money_keeps_its_currencys_scale_and_its_bounds(@ForAll("boundedYen") Money yen, @ForAll("anyMoney") Money any) {
      assertEquals(0, yen.amount().scale());
      assertTrue(!yen.isLessThan(Money.of("JPY", "100")) && !yen.isGreaterThan(Money.of("JPY", "5000")), yen::toString);
      assertEquals(any.currency().getDefaultFractionDigits(), any.amount().scale());
      assertFalse(any.isNegative());
    }

    @Property
    void claims_are_reported_within_the_narrowed_days(@ForAll("quickReports") Claim claim) {
      assertFalse(claim.reportedAt().isAfter(claim.shipment().acceptedAt().plusSeconds(3L * 86_400)));
    }

    @Example
    void narrowing_to_nothing_is_refused_naming_what_is_left() {
      IllegalArgumentException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalArgumentException.class, () -> ClaimArbitraries.claims().ofType(ClaimType.LOSS).ofType(ClaimType.DELAY));

      assertTrue(e.getMessage().contains("[DELAY]") && e.getMessage().contains("[LOSS]"), e.getMessage());
    }
  }

  @Group
  class EdgeCases {
    @Example
    void money_edge_cases_include_zero_one_minor_unit_the_unit_boundary_and_a_double_breaking_amount() {
      Set<Money> edges = edgeCases(ClaimArbitraries.money().inCurrency(CNY));

      assertTrue(edges.containsAll(List.of(Money.of("CNY", "0.00"), Money.of("CNY", "0.01"), Money.of("CNY", "0.99"), Money.of("CNY", "1.00"))), edges::toString);
      assertTrue(edges.contains(Money.ofMinor(CNY, MinorUnits.DOUBLE_EXACT_LIMIT + 1)), edges::toString);
    }

    @Example
    void currency_edge_cases_are_the_ones_without_two_decimals() {
      Set<Currency> edges = edgeCases(ClaimArbitraries.currencies());

      assertTrue(edges.containsAll(List.of(Currency.getInstance("JPY"), Currency.getInstance("KWD"))), edges::toString);
    }

    @Example
    void date_edge_cases_include_leap_days_year_ends_and_new_years() {
      Set<LocalDate> edges = edgeCases(ClaimArbitraries.dates());

      assertTrue(edges.containsAll(List.of(LocalDate.of(2000, 2, 29), LocalDate.of(2000, 12, 31), LocalDate.of(2001, 1, 1))), edges::toString);
    }

    @Example
    void shipment_edge_cases_include_a_zero_fee_in_every_currency() {
      for (String code : List.of("CNY", "JPY", "KWD")) {
        Set<Money> fees =
            edgeCases(ClaimArbitraries.shipments().inCurrency(Currency.getInstance(code))).stream().map(Shipment::shippingFee).collect(Collectors.toSet());

        assertTrue(fees.contains(Money.of(code, "0")), fees::toString);
      }
    }

    @Example
    void generated_calendars_include_holidays_across_a_year_end_and_a_leap_day() {
      List<BusinessCalendar> calendars = ClaimArbitraries.calendars(Year.of(2024), Year.of(2025)).sampleStream().limit(300).toList();

      assertTrue(calendars.stream().anyMatch(c -> c.isOffDay(LocalDate.of(2024, 12, 31)) && c.isOffDay(LocalDate.of(2025, 1, 1))));
      assertTrue(calendars.stream().anyMatch(c -> c.isOffDay(LocalDate.of(2024, 2, 29))));
      assertTrue(calendars.stream().anyMatch(c -> c.isWorkingDay(LocalDate.of(2024, 12, 29)) && c.isOffDay(LocalDate.of(2024, 12, 30))));
    }

    @Example
    void amounts_beyond_a_doubles_reach_are_generated_now_and_then() {
      long huge =
          ClaimArbitraries.money().inCurrency(CNY).sampleStream().limit(2_000)
              .filter(m -> m.amount().movePointRight(2).compareTo(BigDecimal.valueOf(MinorUnits.DOUBLE_EXACT_LIMIT)) > 0)
              .count();

      assertTrue(huge > 20 && huge < 400, () -> huge + " of 2000");
    }

    private <T> Set<T> edgeCases(Arbitrary<T> arbitrary) {
      Set<T> values = new java.util.HashSet<>();
      for (Shrinkable<T> edge : arbitrary.edgeCases(10_000)) {
        values.add(edge.value());
      }
      return values;
    }
  }

  @Example
  void a_case_reads_in_two_lines_without_the_claimants_text() {
    ClaimCase c = ClaimArbitraries.cases().sample();

    String text = c.toString();

    assertEquals(2, text.lines().count(), text);
    assertFalse(text.contains(c.claim().description()) && c.claim().description().length() > 3, text);
    assertTrue(text.contains(c.claim().amountClaimed().toString()), text);
  }

  @Provide
  Arbitrary<Claim> claims() {
    return ClaimArbitraries.claims();
  }

  @Provide
  Arbitrary<ClaimCase> cases() {
    return ClaimArbitraries.cases();
  }

  @Provide
  Arbitrary<Claim> bigAirLosses() {
    return ClaimArbitraries.claims()
        .ofType(ClaimType.LOSS)
        .insured()
        .scope(ServiceScope.INTERNATIONAL)
        .transportMode(TransportMode.AIR)
        .claimingAbove(Money.of("CNY", "10000.00"));
  }

  @Provide
  Arbitrary<Claim> partialDamageOrShort() {
    return ClaimArbitraries.claims().ofType(ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS).damageExtent(DamageExtent.PARTIAL);
  }

  @Provide
  Arbitrary<Claim> quickReports() {
    return ClaimArbitraries.claims().reportedWithinDays(3);
  }

  @Provide
  Arbitrary<Money> boundedYen() {
    return ClaimArbitraries.money().between(Money.of("JPY", "100"), Money.of("JPY", "5000"));
  }

  @Provide
  Arbitrary<Money> anyMoney() {
    return ClaimArbitraries.money();
  }

  @Provide
  Arbitrary<Actor> actorsWithCnyLimits() {
    return ClaimArbitraries.actors().withLimitIn(CNY);
  }

  @Provide
  Arbitrary<Settlement> settlements() {
    return ClaimArbitraries.settlements();
  }

  @Provide
  Arbitrary<Party> parties() {
    return ClaimArbitraries.parties();
  }

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return ClaimArbitraries.calendars();
  }

  @Provide
  Arbitrary<Evidence> evidence() {
    return ClaimArbitraries.evidence();
  }
}
