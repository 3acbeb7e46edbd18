package io.parcelclaims.money;

import java.util.Currency;

/**
 * Thrown when amounts in two different currencies meet in one operation.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String first;
  private final String second;

  /**
   * An exception naming both currencies.
   *
   * @param first the currency of the receiver
   * @param second the other currency
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("currencies differ: " + first.getCurrencyCode() + " and " + second.getCurrencyCode());
    this.first = first.getCurrencyCode();
    this.second = second.getCurrencyCode();
  }

  /** {@return the receiver's currency} */
  public Currency firstCurrency() {
    return Currency.getInstance(first);
  }

  /** {@return the other operand's currency} */
  public Currency secondCurrency() {
    return Currency.getInstance(second);
  }
}
