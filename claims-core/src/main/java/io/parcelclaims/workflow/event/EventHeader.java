package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every event carries: the claim, its version after the event, the command that caused it,
 * who acted in which role, and when. This is the audit trail's "who did what, when".
 *
 * @param claimId the claim
 * @param version the claim's version after this event, from 1, one higher for each event
 * @param commandId the causing command; every event of one decision shares it
 * @param actor who acted
 * @param role the actor's role when acting
 * @param at when: the causing command's time
 * @since 0.1.0
 */
public record EventHeader(
    ClaimId claimId, long version, CommandId commandId, ActorId actor, ActorRole role, Instant at) {

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if {@code version} is below 1
   */
  public EventHeader {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(at, "at");
    if (version < 1) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "version", "value.must-be-positive", "must be at least 1 (was " + version + ")",
                  version)));
    }
  }
}
