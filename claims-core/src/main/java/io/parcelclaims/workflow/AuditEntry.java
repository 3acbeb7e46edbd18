package io.parcelclaims.workflow;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.CommandId;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a claim's audit trail: who did what, when, and from which status to which.
 *
 * @param version the event's version
 * @param at when
 * @param actor who acted
 * @param role in which role
 * @param commandId the command that caused the event
 * @param eventType the event's stable type name, such as {@code claim.offer-approved}
 * @param from the status before the event
 * @param to the status after it
 * @since 0.1.0
 */
public record AuditEntry(
    long version,
    Instant at,
    ActorId actor,
    ActorRole role,
    CommandId commandId,
    String eventType,
    ClaimStatus from,
    ClaimStatus to) {

  /** Requires every part. */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
