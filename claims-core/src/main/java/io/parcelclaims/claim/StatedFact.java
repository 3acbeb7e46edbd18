package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.internal.Texts;
import io.parcelclaims.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fact an evidence item states, such as the amount on a receipt: a name and either an amount or a
 * text.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StatedFact {
  /** The fact name for the total on a purchase receipt or invoice. */
  public static final String RECEIPT_AMOUNT = "receipt-amount";

  /** The fact name for a repair estimate's amount. */
  public static final String REPAIR_ESTIMATE = "repair-estimate";

  StatedFact() {}

  /** {@return the fact's name, a code such as {@value #RECEIPT_AMOUNT}} */
  public abstract String name();

  /** {@return the amount, when the fact is an amount} */
  public abstract Optional<Money> amount();

  /** {@return the text, when the fact is a text; masked in toString as it may hold personal data} */
  @Value.Redacted
  public abstract Optional<String> text();

  /**
   * A fact stating an amount.
   *
   * @param name the fact's name
   * @param amount the amount, not negative
   * @return the fact
   */
  public static StatedFact amount(String name, Money amount) {
    return ImmutableStatedFact.builder().name(name).amount(amount).build();
  }

  /**
   * A fact stating a text.
   *
   * @param name the fact's name
   * @param text the text
   * @return the fact
   */
  public static StatedFact text(String name, String text) {
    return ImmutableStatedFact.builder().name(name).text(text).build();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (!Texts.CODE.matcher(name()).matches()) {
      checks.add("name", "value.malformed", "must be a code of letters, digits, . _ - (was \"" + name() + "\")", name());
    }
    if (amount().isPresent() == text().isPresent()) {
      checks.add("amount", "fact.amount-or-text", "exactly one of amount and text must be given");
    }
    amount().ifPresent(a -> checks.nonNegative("amount", a));
    checks.throwIfAny();
  }
}
