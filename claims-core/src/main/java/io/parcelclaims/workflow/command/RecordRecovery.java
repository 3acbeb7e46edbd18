package io.parcelclaims.workflow.command;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.PolicyId;
import java.util.Objects;
import java.util.Optional;

/**
 * Records what the carrier recovered from the claimant on a reopened claim (docs/worked-examples.md EX-14):
 * zero when nothing is recovered. The amount comes from a recovery policy the carrier runs, such
 * as {@code FOUND-AFTER-PAYMENT} in {@code claims-rules}.
 *
 * @param header its id, claim, actor, time and expected version
 * @param amount the amount recovered, in the claim's currency, not negative
 * @param policy the recovery policy that set the amount, if one did
 * @since 0.1.0
 */
public record RecordRecovery(CommandHeader header, Money amount, Optional<PolicyId> policy) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public RecordRecovery {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(policy, "policy");
    new Checks().nonNegative("amount", amount).throwIfAny();
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RECORD_RECOVERY;
  }
}
