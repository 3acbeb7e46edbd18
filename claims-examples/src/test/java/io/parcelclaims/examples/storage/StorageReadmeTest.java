package io.parcelclaims.examples.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.examples.ReadmeClaims;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.stored.EventCodec;
import io.parcelclaims.stored.StoredText;
import io.parcelclaims.workflow.ClaimHistory;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.VerifyClaim;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the README's storage code against a real embedded H2 database. */
class StorageReadmeTest {
  private static final String URL = "jdbc:h2:mem:readme-storage;DB_CLOSE_DELAY=-1";

  @Test
  void storing_events() throws SQLException {
    ClaimWorkflow workflow = ClaimWorkflow.of(
        PolicyCatalogue.of(Carriers.SF_DOMESTIC_COPY_B, List.of(Carriers.sfDomesticCopyB())),
        ServiceLevels.defaults(),
        ChineseCalendars.mainland());
    Actor desk = Actor.of(ActorId.of("cs-li"), ActorRole.CUSTOMER_SERVICE);
    Party sender = Party.builder().ref(PartyRef.of("P-77")).name("Zhang Wei")
        .phone("+86 138 0013 8000").address("88 Keyuan Road, Shenzhen").build();
    Claim claim = ReadmeClaims.first();
    ClaimHistory history = ClaimHistory.empty();
    Decision decision = workflow.decide(history.state(), new ReportClaim(
        CommandHeader.of(CommandId.of("cmd-1"), claim.id(), desk,
            Instant.parse("2025-05-15T09:00:00Z"), 0), claim, sender, List.of()));

    // README: storing events
    EventTable table = EventTable.at("jdbc:h2:mem:readme-storage;DB_CLOSE_DELAY=-1");
    table.create();                                   // claim_event, PRIMARY KEY (claim_id, version)
    EventCodec codec = EventCodec.standard();

    table.append(claim.id().value(), decision.events().get(0).version(),
        codec.encodeAll(decision.events()));          // one row per event, all or none

    ClaimHistory reloaded = ClaimHistory.of(codec.decodeAll(table.load(claim.id().value())));
    // reloaded.state() equals the state before storing: decide the next command on it
    // end README

    history = history.append(decision);
    assertEquals(history.state(), reloaded.state());
    assertEquals(history.events(), reloaded.events());

    // a second desk that read version 0 loses the race on the unique key, and writes nothing
    Decision racing = workflow.decide(ClaimHistory.empty().state(), new ReportClaim(
        CommandHeader.of(CommandId.of("cmd-9"), claim.id(), desk,
            Instant.parse("2025-05-15T09:01:00Z"), 0), claim, sender, List.of()));
    assertThrows(ConcurrentAppendException.class, () -> table.append(claim.id().value(),
        racing.events().get(0).version(), codec.encodeAll(racing.events())));

    // the next command is stored after the first ones
    Decision verify = workflow.decide(reloaded.state(), new VerifyClaim(
        CommandHeader.of(CommandId.of("cmd-2"), claim.id(), desk,
            Instant.parse("2025-05-15T10:00:00Z"), reloaded.state().version()), Optional.empty()));
    table.append(claim.id().value(), verify.events().get(0).version(),
        codec.encodeAll(verify.events()));
    assertEquals(reloaded.append(verify).state(),
        ClaimHistory.of(codec.decodeAll(table.load(claim.id().value()))).state());

    // one row per event with its columns; no personal data in any payload
    try (Connection c = DriverManager.getConnection(URL);
        ResultSet rows = c.createStatement().executeQuery(
            "SELECT claim_id, version, event_type, schema_version, payload FROM claim_event"
                + " ORDER BY version")) {
      long expected = 1;
      while (rows.next()) {
        assertEquals("C-2025-0001", rows.getString(1));
        assertEquals(expected++, rows.getLong(2));
        assertEquals(codec.schemaVersion(rows.getString(3)), rows.getInt(4), "the codec's current version");
        String payload = rows.getString(5);
        StoredText.parseFields(payload);
        for (String personal : List.of("Zhang Wei", "138 0013 8000", "Keyuan")) {
          assertFalse(payload.contains(personal), personal + " in " + rows.getString(3));
        }
      }
      assertEquals(1 + reloaded.events().size() + verify.events().size(), expected);
    }
  }

}
