package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or process acting on claims: an id, a role and authority limits per currency.
 *
 * <p>An actor with no limit in a currency may not commit the carrier to any amount in it without
 * approval. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Actor {
  Actor() {}

  /** {@return the actor id} */
  public abstract ActorId id();

  /** {@return the role} */
  public abstract ActorRole role();

  /** {@return the authority limits, at most one per currency, not negative} */
  public abstract List<Money> authorityLimits();

  /**
   * The limit in a currency.
   *
   * @param currency the currency
   * @return the limit, or empty when the actor has none in that currency
   */
  public final Optional<Money> limitIn(Currency currency) {
    return authorityLimits().stream().filter(m -> m.currency().equals(currency)).findFirst();
  }

  /**
   * Whether the actor's own limit covers an amount.
   *
   * @param amount the amount
   * @return true if a limit in that currency is at least the amount
   */
  public final boolean mayCommit(Money amount) {
    return limitIn(amount.currency()).map(limit -> !amount.isGreaterThan(limit)).orElse(false);
  }

  /**
   * An actor without authority limits.
   *
   * @param id the id
   * @param role the role
   * @return the actor
   */
  public static Actor of(ActorId id, ActorRole role) {
    return builder().id(id).role(role).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    for (int i = 0; i < authorityLimits().size(); i++) {
      Money limit = authorityLimits().get(i);
      checks.nonNegative("authorityLimits[" + i + "]", limit);
      for (int j = 0; j < i; j++) {
        if (authorityLimits().get(j).currency().equals(limit.currency())) {
          checks.add(
              "authorityLimits[" + i + "]",
              "actor.duplicate-currency",
              "duplicates the " + limit.currency() + " limit at authorityLimits[" + j + "]",
              limit.currency());
        }
      }
    }
    checks.throwIfAny();
  }

  /** Builds an {@link Actor}; use once. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
