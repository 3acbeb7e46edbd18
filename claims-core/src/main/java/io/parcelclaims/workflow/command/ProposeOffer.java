package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Offers the claimant a settlement (docs/process.md, step 5).
 *
 * <p>The workflow refuses an offer above the latest assessment's total (or above its contested
 * alternative's, where the assessment has one), and any offer on a denied claim, unless the offer
 * is marked goodwill with a reason. An offer above the proposer's authority limit in its currency,
 * and every goodwill offer whatever its size, waits for approval by another actor whose limit covers
 * it; until then it is under review: not announced to the claimant and not open to an answer.
 *
 * @param header its id, claim, actor, time and expected version
 * @param lines the offered lines, at least one, in the claim's currency
 * @param paymentMethod how it would be paid
 * @param goodwillReason present to mark the offer goodwill: why the carrier offers more than the
 *     assessment supports, or pays on a denied claim; 1 to 500 characters, not blank
 * @since 0.1.0
 */
public record ProposeOffer(
    CommandHeader header, List<SettlementLine> lines, PaymentMethod paymentMethod,
    Optional<String> goodwillReason) implements ClaimCommand {

  /** The longest goodwill reason: 500 characters. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * An offer that is not goodwill.
   *
   * @param header its id, claim, actor, time and expected version
   * @param lines the offered lines, at least one, in the claim's currency
   * @param paymentMethod how it would be paid
   */
  public ProposeOffer(CommandHeader header, List<SettlementLine> lines, PaymentMethod paymentMethod) {
    this(header, lines, paymentMethod, Optional.empty());
  }

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
    Objects.requireNonNull(goodwillReason, "goodwillReason");
    goodwillReason.ifPresent(r -> {
      if (r.isBlank()) {
        checks.add("goodwillReason", "value.must-not-be-empty", "must not be blank");
      } else if (r.length() > MAX_REASON_LENGTH) {
        checks.add("goodwillReason", "value.too-long",
            "must be at most " + MAX_REASON_LENGTH + " characters (was " + r.length() + ")", MAX_REASON_LENGTH);
      }
    });
    checks.throwIfAny();
  }

  /** {@return whether the offer is marked goodwill} */
  public boolean isGoodwill() {
    return goodwillReason.isPresent();
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
