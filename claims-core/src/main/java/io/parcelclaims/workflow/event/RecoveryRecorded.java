package io.parcelclaims.workflow.event;

import io.parcelclaims.money.Money;
import io.parcelclaims.policy.PolicyId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the carrier recovered from the claimant on a reopened claim (docs/worked-examples.md EX-14).
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param amount the amount recovered, zero when nothing is
 * @param policy the recovery policy that set the amount, if one did
 * @since 0.1.0
 */
public record RecoveryRecorded(EventHeader header, Money amount, Optional<PolicyId> policy) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.recovery-recorded";

  /** Requires every part and copies lists. */
  public RecoveryRecorded {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(policy, "policy");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
