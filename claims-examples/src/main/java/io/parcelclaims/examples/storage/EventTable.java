package io.parcelclaims.examples.storage;

import io.parcelclaims.stored.StoredEvent;
import io.parcelclaims.stored.StoredText;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A carrier's event store: one table, one row per event, keyed by claim id and version.
 *
 * <p>The unique key is the optimistic-concurrency check: two writers that both read version 4 and
 * both append version 5 cannot both succeed. The type and schema version are columns so they can be
 * queried; the payload is the stored form's canonical text ({@link StoredText#renderFields}). Plain
 * JDBC and portable SQL, so the same class runs on H2 (tests, the demo) and on PostgreSQL.
 */
public final class EventTable {
  private final Supplier<Connection> connections;

  /**
   * A table reached through fresh connections from {@code connections}.
   *
   * @param connections opens a connection; the table closes it after each call
   */
  public EventTable(Supplier<Connection> connections) {
    this.connections = Objects.requireNonNull(connections, "connections");
  }

  /**
   * A table in the database at a JDBC URL ({@code jdbc:h2:mem:claims;DB_CLOSE_DELAY=-1},
   * {@code jdbc:postgresql://host/claims?user=...}), with a new connection per call.
   *
   * @param url the JDBC URL; its driver must be on the class path
   * @return the table
   */
  public static EventTable at(String url) {
    Objects.requireNonNull(url, "url");
    return new EventTable(
        () -> {
          try {
            return DriverManager.getConnection(url);
          } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the event store: " + e.getMessage(), e);
          }
        });
  }

  /**
   * Creates the table if it does not exist.
   *
   * @throws SQLException if the database refuses
   */
  public void create() throws SQLException {
    try (Connection c = connections.get();
        Statement s = c.createStatement()) {
      s.execute(
          """
          CREATE TABLE IF NOT EXISTS claim_event (
            claim_id       VARCHAR(128) NOT NULL,
            version        BIGINT       NOT NULL,
            event_type     VARCHAR(128) NOT NULL,
            schema_version INT          NOT NULL,
            payload        VARCHAR(1000000) NOT NULL,
            CONSTRAINT claim_event_pk PRIMARY KEY (claim_id, version)
          )""");
    }
  }

  /**
   * Appends events of one claim in one transaction: all or none.
   *
   * @param claimId the claim id
   * @param firstVersion the version of the first event (the version the writer read, plus one)
   * @param events the events, in order
   * @throws ConcurrentAppendException if another writer already stored one of those versions
   * @throws SQLException if the database refuses for another reason
   */
  public void append(String claimId, long firstVersion, List<StoredEvent> events)
      throws SQLException {
    try (Connection c = connections.get()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO claim_event (claim_id, version, event_type, schema_version, payload)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        long version = firstVersion;
        for (StoredEvent event : events) {
          insert.setString(1, claimId);
          insert.setLong(2, version++);
          insert.setString(3, event.type());
          insert.setInt(4, event.schemaVersion());
          insert.setString(5, StoredText.renderFields(event.fields()));
          insert.addBatch();
        }
        insert.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        if (isUniqueViolation(e)) {
          throw new ConcurrentAppendException(claimId, firstVersion, e);
        }
        throw e;
      }
    }
  }

  /**
   * The stored events of one claim, in version order.
   *
   * @param claimId the claim id
   * @return the events; empty for an unknown claim
   * @throws SQLException if the database refuses
   */
  public List<StoredEvent> load(String claimId) throws SQLException {
    try (Connection c = connections.get();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT event_type, schema_version, payload FROM claim_event"
                    + " WHERE claim_id = ? ORDER BY version")) {
      select.setString(1, claimId);
      List<StoredEvent> events = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(
              new StoredEvent(
                  rows.getString(1), rows.getInt(2), StoredText.parseFields(rows.getString(3))));
        }
      }
      return events;
    }
  }

  /** SQLState class 23 is integrity constraint violation in both H2 and PostgreSQL. */
  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
