package io.parcelclaims.workflow.event;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;

/**
 * An assessor's decision that an input counts without the evidence that would back it, with the
 * reason (a phone call with the seller, a price list the desk trusts). The assessed event records
 * it, so an auditor sees which amounts rest on evidence and which on the assessor's word.
 *
 * @param input the input that counts without its evidence
 * @param reason why, 1 to 500 characters, not blank; written by the carrier's staff, never
 *     personal data of the claimant
 * @since 0.2.0
 */
public record InputOverride(EvidencedInput input, String reason) {
  /** The longest reason: 500 characters. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if the reason is blank or too long
   */
  public InputOverride {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new InvalidValueException(
          List.of(Violation.of("reason", "value.must-not-be-empty", "must not be blank")));
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidValueException(
          List.of(Violation.of("reason", "value.too-long",
              "must be at most " + MAX_REASON_LENGTH + " characters (was " + reason.length() + ")",
              MAX_REASON_LENGTH)));
    }
  }
}
