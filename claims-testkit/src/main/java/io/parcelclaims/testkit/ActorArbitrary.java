package io.parcelclaims.testkit;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid {@link Actor}s with authority limits: at most one limit per currency, each zero or more,
 * listed in the order of the testkit's currencies. Actors shrink towards the first role allowed and
 * no limit beyond those required.
 *
 * <p>Each narrowing method returns a new arbitrary.
 *
 * @since 0.1.0
 */
public final class ActorArbitrary extends ArbitraryDecorator<Actor> {
  private final List<ActorRole> roles;
  private final List<Currency> currencies;
  private final List<Currency> required;

  ActorArbitrary(List<ActorRole> roles, List<Currency> currencies, List<Currency> required) {
    this.roles = List.copyOf(roles);
    this.currencies = List.copyOf(currencies);
    this.required = List.copyOf(required);
  }

  /**
   * Actors of these roles only.
   *
   * @param allowed the roles
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if none of them is allowed so far
   */
  public ActorArbitrary withRole(ActorRole... allowed) {
    return new ActorArbitrary(Narrowing.keep("role", roles, List.of(allowed)), currencies, required);
  }

  /**
   * Actors that always have a limit in each of these currencies.
   *
   * @param limitCurrencies the currencies
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if a currency is not among the testkit's
   */
  public ActorArbitrary withLimitIn(Currency... limitCurrencies) {
    List<Currency> all = new ArrayList<>(required);
    for (Currency c : limitCurrencies) {
      if (!currencies.contains(c)) {
        throw new IllegalArgumentException(c + " is not among the testkit's currencies " + currencies);
      }
      if (!all.contains(c)) {
        all.add(c);
      }
    }
    return new ActorArbitrary(roles, currencies, all);
  }

  @Override
  protected Arbitrary<Actor> arbitrary() {
    List<Arbitrary<Money>> limits = new ArrayList<>();
    for (Currency c : currencies) {
      Arbitrary<Money> limit = ClaimArbitraries.money().inCurrency(c).in(c);
      // one optional limit per currency, in a fixed order: at most one per currency by construction
      limits.add(required.contains(c) ? limit : limit.injectNull(0.6));
    }
    return Combinators.combine(
            ClaimArbitraries.actorIds(), Arbitraries.of(roles), Combinators.combine(limits).as(l -> l))
        .as(
            (id, role, chosen) -> {
              Actor.Builder b = Actor.builder();
              b.id(id).role(role);
              chosen.stream().filter(m -> m != null).forEach(b::addAuthorityLimits);
              return b.build();
            });
  }
}
