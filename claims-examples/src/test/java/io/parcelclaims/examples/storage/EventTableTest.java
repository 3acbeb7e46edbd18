package io.parcelclaims.examples.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.stored.StoredEvent;
import io.parcelclaims.stored.StoredRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs against a real embedded H2 database in memory, one fresh database per test. */
class EventTableTest {
  private EventTable table;

  @BeforeEach
  void createTable() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.nameUUIDFromBytes(toString().getBytes()) + ";DB_CLOSE_DELAY=-1";
    table = new EventTable(() -> open(url));
    table.create();
  }

  private static Connection open(String url) {
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StoredEvent event(String type, String note) {
    return new StoredEvent(
        type,
        1,
        StoredRecord.builder()
            .text("note", note)
            .decimal("amount", new BigDecimal("126.00"))
            .instant("at", Instant.parse("2025-05-20T08:00:00Z"))
            .build());
  }

  @Test
  void events_read_back_equal_and_in_version_order() throws SQLException {
    List<StoredEvent> first = List.of(event("claim.reported", "a \"quoted\"\nline"));
    List<StoredEvent> more = List.of(event("claim.verified", "b"), event("claim.closed", "c"));

    table.append("CLM-1", 1, first);
    table.append("CLM-1", 2, more);

    assertEquals(
        List.of(first.get(0), more.get(0), more.get(1)), table.load("CLM-1"));
    assertEquals(List.of(), table.load("CLM-2"));
  }

  @Test
  void a_second_writer_of_the_same_version_is_refused_and_writes_nothing() throws SQLException {
    table.append("CLM-1", 1, List.of(event("claim.reported", "first")));

    assertThrows(
        ConcurrentAppendException.class,
        () ->
            table.append(
                "CLM-1", 1, List.of(event("claim.reported", "second"), event("claim.closed", "x"))));

    assertEquals(List.of(event("claim.reported", "first")), table.load("CLM-1"));
  }
}
