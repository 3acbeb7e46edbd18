package io.parcelclaims.rules.intl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.parcelclaims.policy.CompensationPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point: which policies it lists, and its shared instances. */
class ConventionsTest {

  @Test
  void lists_the_montreal_versions_oldest_first_then_cmr_then_warsaw() {
    // GIVEN / WHEN
    List<String> ids = Conventions.all().stream().map(p -> p.id().toString()).toList();

    // THEN
    assertEquals(
        List.of(
            "intl.mc99.cargo@2003-11-04",
            "intl.mc99.cargo@2009-12-30",
            "intl.mc99.cargo@2019-12-28",
            "intl.mc99.cargo@2024-12-28",
            "intl.cmr.art23@1956",
            "intl.warsaw.cargo@hague-1955.sdr-17"),
        ids);
  }

  @Test
  void the_montreal_catalogue_is_one_shared_instance_picked_by_acceptance() {
    // GIVEN / WHEN / THEN
    assertSame(Conventions.montrealCargo(), Conventions.montrealCargo());
    assertEquals("intl.mc99.cargo", Conventions.montrealCargo().family());
    assertEquals(
        Conventions.montrealCargo().versions(),
        Conventions.all().stream().filter(p -> p.id().id().equals("intl.mc99.cargo")).toList());
  }

  @Test
  void every_policy_prints_its_id_and_period() {
    // GIVEN / WHEN / THEN
    for (CompensationPolicy p : Conventions.all()) {
      assertEquals("Convention[" + p.id() + " " + p.period() + "]", p.toString());
    }
  }
}
