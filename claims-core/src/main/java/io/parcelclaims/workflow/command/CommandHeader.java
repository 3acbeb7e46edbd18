package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every command carries: its id (for idempotency), the claim it is about, who asks, when, and
 * the version of the claim the asker saw (for optimistic concurrency).
 *
 * <p>The workflow reads no clock: {@code at} is the time the carrier assigns to the command. A
 * claim's version is the number of events it has; a claim not yet reported has version 0.
 *
 * @param commandId chosen by the carrier, unique per claim; a retry reuses it
 * @param claimId the claim
 * @param actor who asks, with role and authority limits
 * @param at when the command was issued
 * @param expectedVersion the claim's version the asker saw, not negative
 * @since 0.1.0
 */
public record CommandHeader(
    CommandId commandId, ClaimId claimId, Actor actor, Instant at, long expectedVersion) {

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if {@code expectedVersion} is negative
   */
  public CommandHeader {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (expectedVersion < 0) {
      throw new InvalidValueException(
          List.of(
              Violation.of(
                  "expectedVersion",
                  "value.must-not-be-negative",
                  "must not be negative (was " + expectedVersion + ")",
                  expectedVersion)));
    }
  }

  /**
   * A header.
   *
   * @param commandId the command id
   * @param claimId the claim
   * @param actor who asks
   * @param at when
   * @param expectedVersion the claim's version the asker saw
   * @return the header
   * @throws InvalidValueException if {@code expectedVersion} is negative
   */
  public static CommandHeader of(
      CommandId commandId, ClaimId claimId, Actor actor, Instant at, long expectedVersion) {
    return new CommandHeader(commandId, claimId, actor, at, expectedVersion);
  }
}
