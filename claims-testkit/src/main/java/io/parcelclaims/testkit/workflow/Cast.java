package io.parcelclaims.testkit.workflow;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The people acting in random runs: a few per role, with authority limits chosen so that offers
 * within, above and without a limit all happen, and so that some approvers cannot cover an offer.
 */
final class Cast {
  private final List<Actor> actors = new ArrayList<>();

  Cast(Currency currency) {
    add("claimant-1", ActorRole.CLAIMANT);
    add("cs-1", ActorRole.CUSTOMER_SERVICE);
    add("cs-2", ActorRole.CUSTOMER_SERVICE);
    add("inv-1", ActorRole.INVESTIGATOR);
    add("as-1", ActorRole.ASSESSOR, Money.ofMinor(currency, 50_000));
    add("as-2", ActorRole.ASSESSOR);
    add("sup-1", ActorRole.SUPERVISOR, Money.ofMinor(currency, 500_000));
    add("sup-2", ActorRole.SUPERVISOR, Money.ofMinor(currency, 10_000));
    add("sup-3", ActorRole.SUPERVISOR, Money.ofMinor(currency, 10_000_000));
    add("fin-1", ActorRole.FINANCE);
    add("sys-1", ActorRole.SYSTEM);
  }

  private void add(String id, ActorRole role, Money... limits) {
    actors.add(Actor.builder().id(ActorId.of(id)).role(role).addAuthorityLimits(limits).build());
  }

  List<Actor> all() {
    return actors;
  }

  List<Actor> in(List<ActorRole> roles) {
    return actors.stream().filter(a -> roles.contains(a.role())).toList();
  }
}
