package io.parcelclaims.workflow.command;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import java.util.Objects;

/**
 * Answers an offer with the amount the claimant asks instead (docs/process.md, step 5).
 *
 * @param header its id, claim, actor, time and expected version
 * @param amount the amount asked, in the claim's currency, not negative
 * @since 0.1.0
 */
public record MakeCounterOffer(CommandHeader header, Money amount) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public MakeCounterOffer {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(amount, "amount");
    new Checks().nonNegative("amount", amount).throwIfAny();
  }

  @Override
  public CommandKind kind() {
    return CommandKind.COUNTER_OFFER;
  }
}
