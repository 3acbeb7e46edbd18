package io.parcelclaims.policy;

import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import java.util.Currency;
import java.util.List;
import org.immutables.value.Value;

/**
 * The same policy run with its contested caps set aside: what a court may award when the carrier
 * cannot prove it gave notice of its cap terms (Civil Code Art. 496–497, docs/express-civil-code.md, docs/carriers.md).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Alternative {
  Alternative() {}

  /** {@return the legal reason, as a message key} */
  public abstract String reasonKey();

  /** {@return the lines without the contested caps} */
  public abstract List<SettlementLine> lines();

  /** {@return the currency of the lines} */
  public abstract Currency currency();

  /** {@return the explanation of the run without the contested caps} */
  public abstract ExplanationStep explanation();

  /** {@return the signed sum of the lines} */
  public final Money total() {
    return Money.total(currency(), lines().stream().map(SettlementLine::signedAmount).toList());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Alternative}; use once. */
  public static final class Builder extends ImmutableAlternative.Builder {
    Builder() {}
  }
}
