package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import org.immutables.value.Value;

/**
 * One line of a settlement: what it is for, the remedy, and a non-negative amount.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SettlementLine {
  SettlementLine() {}

  /** {@return what the line is for; a deduction kind is subtracted from the total} */
  public abstract LineKind kind();

  /** {@return what the claimant receives} */
  public abstract Remedy remedy();

  /** {@return the amount, not negative} */
  public abstract Money amount();

  /** {@return the amount with the sign it contributes to a total} */
  public final Money signedAmount() {
    return kind().deducted() ? amount().negated() : amount();
  }

  /**
   * A settlement line.
   *
   * @param kind what it is for
   * @param remedy what the claimant receives
   * @param amount the amount, not negative
   * @return the line
   */
  public static SettlementLine of(LineKind kind, Remedy remedy, Money amount) {
    return ImmutableSettlementLine.builder().kind(kind).remedy(remedy).amount(amount).build();
  }

  @Value.Check
  final void check() {
    new Checks().nonNegative("amount", amount()).throwIfAny();
  }
}
