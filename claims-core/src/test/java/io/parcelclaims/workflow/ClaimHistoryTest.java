package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim's history and its audit trail: who did what, when, from which status to which. */
class ClaimHistoryTest {

  @Test
  void the_audit_trail_names_actor_role_time_and_the_status_before_and_after_each_event() {
    ClaimHistory history = Paths.at(ClaimStatus.AGREED).history();

    List<AuditEntry> audit = history.audit();

    assertEquals(history.events().size(), audit.size());
    AuditEntry first = audit.get(0);
    assertEquals(ClaimStatus.NOT_REPORTED, first.from());
    assertEquals(ClaimStatus.REPORTED, first.to());
    assertEquals("claim.reported", first.eventType());
    assertEquals(ActorRole.CUSTOMER_SERVICE, first.role());
    AuditEntry last = audit.get(audit.size() - 1);
    assertEquals(ClaimStatus.OFFERED, last.from());
    assertEquals(ClaimStatus.AGREED, last.to());
    assertEquals(WorkflowFixtures.CLAIMANT.id(), last.actor());
    for (int i = 1; i < audit.size(); i++) {
      assertEquals(audit.get(i - 1).to(), audit.get(i).from());
      assertEquals(i + 1, audit.get(i).version());
    }
  }

  @Test
  void a_history_with_a_version_gap_or_another_claims_event_is_refused_listing_each_problem() {
    List<ClaimEvent> events = new ArrayList<>(Paths.at(ClaimStatus.VERIFIED).history().events());
    events.remove(1);

    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClaimHistory.of(events));

    assertEquals(events.size() - 1, e.violations().size());
    assertEquals("events[1].version", e.violations().get(0).path());
    assertEquals("history.version-gap", e.violations().get(0).key());
  }

  @Test
  void a_refused_decision_leaves_the_history_as_it_was() {
    Desk desk = Paths.at(ClaimStatus.REPORTED);
    ClaimHistory before = desk.history();

    desk.reject(WorkflowFixtures.FINANCE, Paths.later(desk), h -> RejectionReasonsTest.pay(h, "PAY-1", "1.00"));

    assertEquals(before, desk.history());
  }

  @Test
  void the_history_and_its_events_print_no_personal_data() {
    ClaimHistory history = Paths.at(ClaimStatus.CLOSED).history();

    String printed = history + " " + history.events() + " " + history.state();

    assertFalse(printed.contains("13800138000"), printed);
    assertFalse(printed.contains("Zhang"), printed);
    assertFalse(printed.contains("6222020200112233445"), printed);
    assertEquals(List.of(), history.events().stream().map(Object::toString)
        .filter(s -> s.contains("parcel never arrived")).toList());
  }
}
