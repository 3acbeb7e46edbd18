package io.parcelclaims.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.rules.regime.Regime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresetsTest {

  @Test
  void lists_every_ready_policy_once_by_id_and_version() {
    List<String> ids = Presets.all().stream().map(p -> p.id().toString()).toList();

    assertEquals(20, ids.size()); // 19 + carrier.sf.domestic.current (issue 12)
    assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
  }

  @Test
  void groups_every_ready_policy_under_exactly_one_regime() {
    Map<Regime, List<CompensationPolicy>> groups = Presets.byRegime();

    assertEquals(List.of(Regime.values()), List.copyOf(groups.keySet()));
    assertEquals(Presets.all().size(), groups.values().stream().mapToInt(List::size).sum());
    assertEquals(List.of("cn.postal-law.art47@2015"), ids(groups.get(Regime.POSTAL_LAW)));
    assertEquals(
        List.of(
            "intl.mc99.cargo@2003-11-04", "intl.mc99.cargo@2009-12-30", "intl.mc99.cargo@2019-12-28", "intl.mc99.cargo@2024-12-28"),
        ids(groups.get(Regime.MONTREAL)));
    assertEquals(List.of("intl.warsaw.cargo@hague-1955.sdr-17"), ids(groups.get(Regime.WARSAW_HAGUE)));
    assertEquals(List.of("intl.cmr.art23@1956"), ids(groups.get(Regime.CMR)));
    assertEquals(List.of(Carriers.SF_INTERNATIONAL, Carriers.EMS_INTERNATIONAL),
        groups.get(Regime.NONE).stream().map(p -> p.id().id()).toList());
    assertEquals(
        List.of(
            "cn.insured-proportional@2015", "cn.gbt-27917.3@2011", "cn.gbt-27917.3.delay@2011",
            "cn.gbt-27917.complete-delay@2011", "cn.civil-code.express@2021", "carrier.sf.domestic.current@sf-site.2026-12",
            "carrier.sf.domestic.copy-a@21a.2026-11", "carrier.sf.domestic.copy-b@21b.2026-11",
            "carrier.sf.domestic.copy-c@21c.2026-11", "carrier.ems.domestic@22.2026-11", "carrier.yto@24.2026-11"),
        ids(groups.get(Regime.CIVIL_LAW)));
    assertEquals(ids(Presets.forRegime(Regime.CIVIL_LAW)), ids(groups.get(Regime.CIVIL_LAW)));
  }

  @Test
  void finds_a_preset_by_id_and_version_and_every_version_by_id() {
    PolicyId postal = PolicyId.of(PostalLaw.ID, PostalLaw.VERSION);

    assertEquals(postal, Presets.find(postal).orElseThrow().id());
    assertEquals(Optional.empty(), Presets.find(PolicyId.of(PostalLaw.ID, "1999")));
    assertEquals(Conventions.montrealCargo().versions(), Presets.withId(Conventions.MONTREAL_CARGO));
    assertEquals(List.of(), Presets.withId("carrier.none"));
  }

  private static List<String> ids(List<CompensationPolicy> policies) {
    return policies.stream().map(p -> p.id().toString()).toList();
  }

  @Test
  void every_ready_policy_has_an_open_or_dated_period() {
    for (CompensationPolicy p : Presets.all()) {
      assertFalse(p.period().from().isAfter(p.period().until().orElse(p.period().from().plusDays(1))), p::toString);
    }
  }

  @Test
  void service_levels_keep_the_seed_target_and_add_the_gbt_and_complaint_clocks() {
    ServiceLevels domestic = Presets.serviceLevels(ServiceScope.DOMESTIC_INTER_CITY);
    ServiceLevels international = Presets.serviceLevels(ServiceScope.INTERNATIONAL);

    assertEquals(ServiceLevels.defaults().all().get(0), domestic.all().get(0));
    assertEquals(List.of(CalendarPeriod.hours(24)), lengths(domestic, ServiceClock.FIRST_RESPONSE));
    assertEquals(List.of(CalendarPeriod.calendarDays(30)), lengths(domestic, ServiceClock.COMPENSATION_PROPOSAL));
    assertEquals(List.of(CalendarPeriod.calendarDays(60)), lengths(international, ServiceClock.COMPENSATION_PROPOSAL));
    assertEquals(List.of(CalendarPeriod.calendarDays(7)), lengths(domestic, ServiceClock.PAYMENT));
    assertEquals(List.of(CalendarPeriod.calendarDays(7)), lengths(domestic, ServiceClock.COMPLAINT_ANSWER));
  }

  @Test
  void time_bars_have_distinct_ids() {
    List<String> ids = Presets.timeBars(ChineseCalendars.mainland2025to2026()).stream().map(TimeBar::id).map(Object::toString).toList();

    assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
  }

  @Test
  void every_rule_set_has_its_messages_in_the_renderer() {
    assertEquals(7, Presets.messages().size()); // 6 + the regime chooser's (issue 13)
  }

  private static List<CalendarPeriod> lengths(ServiceLevels levels, ServiceClock clock) {
    return levels.measuring(clock).stream().map(ServiceLevel::length).toList();
  }
}
