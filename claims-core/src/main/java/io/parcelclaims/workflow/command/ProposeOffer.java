package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Offers the claimant a settlement (DOMAIN.md §1, step 5). An offer above the proposer's
 * authority limit in its currency waits for approval by another actor whose limit covers it.
 *
 * @param header its id, claim, actor, time and expected version
 * @param lines the offered lines, at least one, in the claim's currency
 * @param paymentMethod how it would be paid
 * @since 0.1.0
 */
public record ProposeOffer(CommandHeader header, List<SettlementLine> lines, PaymentMethod paymentMethod) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public ProposeOffer {
    Objects.requireNonNull(header, "header");
    lines = List.copyOf(lines);
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    if (lines.isEmpty()) {
      throw new InvalidValueException(List.of(Violation.of("lines", "command.empty", "must hold at least one line")));
    }
    Checks checks = new Checks();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).amount().currency().equals(lines.get(0).amount().currency())) {
        checks.add("lines[" + i + "].amount", "settlement.currency-differs", "must be in the first line's currency " + lines.get(0).amount().currency(), lines.get(0).amount().currency());
      }
    }
    checks.throwIfAny();
  }

  @Override
  public CommandKind kind() {
    return CommandKind.PROPOSE_OFFER;
  }

  /**
   * The offer's total: the lines' signed sum, in their one currency.
   *
   * @return the total
   */
  public Money total() {
    return Money.total(lines.get(0).amount().currency(), lines.stream().map(SettlementLine::signedAmount).toList());
  }
}
