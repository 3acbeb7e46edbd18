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
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {

  @Test
  void lists_every_ready_policy_once_by_id_and_version() {
    List<String> ids = Presets.all().stream().map(p -> p.id().toString()).toList();

    assertEquals(20, ids.size()); // 19 + carrier.sf.domestic.current (issue 12)
    assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
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
    assertEquals(6, Presets.messages().size());
  }

  private static List<CalendarPeriod> lengths(ServiceLevels levels, ServiceClock clock) {
    return levels.measuring(clock).stream().map(ServiceLevel::length).toList();
  }
}
