package io.parcelclaims.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parcelclaims.policy.CompensationPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {

  @Test
  void lists_every_ready_policy_once_by_id_and_version() {
    List<String> ids = Presets.all().stream().map(p -> p.id().toString()).toList();

    assertEquals(19, ids.size());
    assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
  }

  @Test
  void every_ready_policy_has_an_open_or_dated_period() {
    for (CompensationPolicy p : Presets.all()) {
      assertFalse(p.period().from().isAfter(p.period().until().orElse(p.period().from().plusDays(1))), p::toString);
    }
  }
}
