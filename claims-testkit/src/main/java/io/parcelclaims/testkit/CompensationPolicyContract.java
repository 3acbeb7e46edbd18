package io.parcelclaims.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.testkit.internal.Explanations;
import io.parcelclaims.testkit.internal.Rebuild;
import io.parcelclaims.value.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * The contract every {@link CompensationPolicy} must satisfy, as jqwik properties: a policy author's
 * test class implements this interface with {@link #policy()} and, optionally, {@link #promises()},
 * and jqwik runs every property on generated claims.
 *
 * <pre>{@code
 * class CourierTariffProperties implements CompensationPolicyContract {
 *   public CompensationPolicy policy() {
 *     return CourierTariff.policy();
 *   }
 *
 *   public PolicyPromises promises() {
 *     return PolicyPromises.builder().currencies("CNY").monotone(Monotone.inProvedValue()).build();
 *   }
 * }
 * }</pre>
 *
 * <p>The properties: the total is never negative; the capped total never exceeds the promised cap;
 * the assessment and its lines keep the claim's currency; more of a promised monotone input never
 * pays less; the same input gives an equal assessment and an equal explanation, whatever was
 * assessed in between; a denial names each of its reasons in a chosen explanation step, and every
 * line's amount (so every reduction on the way to it) is the result of a chosen step; assessing a
 * claim governed outside the effective period throws {@link IllegalArgumentException}.
 *
 * <p>Claims come from {@link #claims()} and contexts from {@link #contexts()}; override them to narrow
 * what the policy is meant for. Claims are accepted within the effective period (and within the
 * acceptance dates of {@link #claims()}), and the acceptance date governs. A failure message names
 * the property, the amounts that break it and the shrunk claim and context.
 *
 * <p>The number of tries is jqwik's default (1,000) unless configured, for instance {@code
 * jqwik.tries.default = 200} in {@code junit-platform.properties}, or {@code @PropertyDefaults} on
 * the implementing class.
 *
 * @since 0.1.0
 */
public interface CompensationPolicyContract {

  /** {@return the policy under test; called once per try} */
  CompensationPolicy policy();

  /** {@return what the policy promises; none beyond the contract unless overridden} */
  default PolicyPromises promises() {
    return PolicyPromises.none();
  }

  /**
   * The claims to assess, before the contract sets their acceptance dates; by default every claim in
   * the promised currencies. Override to narrow, such as {@code
   * ClaimArbitraries.claims().inCurrency("USD").scope(ServiceScope.INTERNATIONAL)}; acceptance
   * dates set here are kept where they fall in the effective period.
   *
   * @return the claims
   */
  default ClaimArbitrary claims() {
    List<Currency> currencies = promises().currencies();
    ClaimArbitrary claims = ClaimArbitraries.claims();
    return currencies.isEmpty() ? claims : claims.inCurrency(currencies.toArray(Currency[]::new));
  }

  /**
   * The contexts to assess in; by default every kind, their currency, zone and date set by the claim.
   *
   * @return the contexts
   */
  default ContextArbitrary contexts() {
    return ClaimArbitraries.contexts();
  }

  /** {@return claims with contexts governed within the effective period} */
  @Provide
  default Arbitrary<ClaimCase> casesInForce() {
    return ClaimArbitraries.cases(Contracts.inForce(claims(), effectivePeriod()), contexts());
  }

  /** {@return claims with contexts governed outside the effective period} */
  @Provide
  default Arbitrary<ClaimCase> casesOutOfForce() {
    return ClaimArbitraries.cases(Contracts.outOfForce(claims(), effectivePeriod()), contexts());
  }

  /**
   * A promised monotone input, a case it covers, and by how many minor units the input grows: a few
   * minor units, a share of the input's value (1% to 100%, so that thresholds near the value are
   * crossed), or a large amount.
   *
   * @return the raises; a placeholder that is skipped when nothing monotone is promised
   */
  @Provide
  default Arbitrary<Tuple3<Monotone, ClaimCase, Long>> raises() {
    List<Monotone> promised = promises().monotone();
    ClaimArbitrary claims = Contracts.inForce(claims(), effectivePeriod());
    if (promised.isEmpty()) {
      return ClaimArbitraries.cases(claims, contexts()).map(c -> Tuple.of(Contracts.NOTHING_PROMISED, c, 1L));
    }
    List<Arbitrary<Tuple3<Monotone, ClaimCase, Long>>> each = new ArrayList<>();
    for (Monotone m : promised) {
      each.add(
          Combinators.combine(ClaimArbitraries.cases(m.narrow(claims), m.narrow(contexts())), Contracts.growths())
              .as((c, growth) -> Tuple.of(m, c, growth.minorUnits(m.valueIn(c)))));
    }
    return Arbitraries.oneOf(each);
  }

  /**
   * The total is never negative, nor is the alternative's.
   *
   * @param c a claim and its context
   */
  @Property
  default void the_total_is_never_negative(@ForAll("casesInForce") ClaimCase c) {
    CompensationPolicy policy = policy();
    Assessment a;
    try {
      a = policy.assess(c.claim(), c.context());
    } catch (InvalidValueException e) {
      if (e.violations().stream().anyMatch(v -> v.key().equals("assessment.negative-total"))) {
        throw Contracts.failure(policy, "the total would be negative (" + e.getMessage() + ")", c);
      }
      throw Contracts.failure(policy, "failed to assess: " + e, c);
    } catch (RuntimeException e) {
      throw Contracts.failure(policy, "failed to assess: " + e, c);
    }
    Contracts.requireAssessment(policy, a, c);
    if (a.total().isNegative()) {
      throw Contracts.failure(policy, "the total " + a.total() + " is negative", c);
    }
    Optional<Alternative> alt = a.alternative();
    if (alt.isPresent() && alt.get().total().isNegative()) {
      throw Contracts.failure(policy, "the alternative's total " + alt.get().total() + " is negative", c);
    }
  }

  /**
   * The total, with every cap applied, is never above the promised cap.
   *
   * @param c a claim and its context
   */
  @Property
  default void the_capped_total_never_exceeds_the_promised_cap(@ForAll("casesInForce") ClaimCase c) {
    PolicyPromises promises = promises();
    Optional<Money> cap = promises.capOf(c.claim(), c.context());
    if (cap.isEmpty()) {
      return;
    }
    CompensationPolicy policy = policy();
    Currency currency = c.claim().shipment().currency();
    if (!cap.get().currency().equals(currency)) {
      fail("the promised cap (" + promises.capDescription().orElseThrow() + ") is " + cap.get() + ", not in the claim's currency " + currency + "; fix the promise\n  " + c);
    }
    Assessment a = Contracts.assess(policy, c);
    if (a.total().isGreaterThan(cap.get())) {
      throw Contracts.failure(
          policy,
          "the capped total " + a.total() + " exceeds the promised cap " + cap.get() + " (" + promises.capDescription().orElseThrow() + ")",
          c);
    }
  }

  /**
   * The assessment, its lines and its alternative are in the claim's currency.
   *
   * @param c a claim and its context
   */
  @Property
  default void lines_keep_the_claims_currency(@ForAll("casesInForce") ClaimCase c) {
    CompensationPolicy policy = policy();
    Assessment a = Contracts.assess(policy, c);
    Currency currency = c.claim().shipment().currency();
    List<String> wrong = new ArrayList<>();
    if (!a.currency().equals(currency)) {
      wrong.add("the assessment is in " + a.currency());
    }
    a.lines().stream().filter(l -> !l.amount().currency().equals(currency)).forEach(l -> wrong.add("line " + l.kind() + " is " + l.amount()));
    a.alternative()
        .ifPresent(
            alt -> {
              if (!alt.currency().equals(currency)) {
                wrong.add("the alternative is in " + alt.currency());
              }
              alt.lines().stream().filter(l -> !l.amount().currency().equals(currency)).forEach(l -> wrong.add("alternative line " + l.kind() + " is " + l.amount()));
            });
    if (!wrong.isEmpty()) {
      throw Contracts.failure(policy, "the claim is in " + currency + " but " + String.join(", ", wrong), c);
    }
  }

  /**
   * More of a promised monotone input, everything else equal, never lowers the total.
   *
   * @param raise the promise, a case it covers, and the growth in minor units
   */
  @Property
  default void more_declared_value_or_more_loss_never_pays_less_where_promised(@ForAll("raises") Tuple3<Monotone, ClaimCase, Long> raise) {
    Monotone promise = raise.get1();
    ClaimCase base = raise.get2();
    if (promise == Contracts.NOTHING_PROMISED || !promise.covers(base)) {
      return;
    }
    CompensationPolicy policy = policy();
    Money delta = Money.ofMinor(base.claim().shipment().currency(), raise.get3());
    ClaimCase more = promise.raised(base, delta);
    Assessment less = Contracts.assess(policy, base);
    Assessment after = Contracts.assess(policy, more);
    if (after.total().isLessThan(less.total())) {
      String from = promise.valueIn(base).map(Money::toString).orElse("none");
      String to = promise.valueIn(more).map(Money::toString).orElse("none");
      throw Contracts.failure(
          policy,
          "pays " + less.total() + " when " + promise.input() + " is " + from + " but only " + after.total() + " when it is " + to + ", breaking the promise: " + promise,
          base);
    }
  }

  /**
   * Assessing the same claim and context again, after another claim and on equal copies, gives an
   * equal assessment with an equal explanation.
   *
   * @param c a claim and its context
   * @param other another claim assessed in between
   */
  @Property
  default void the_same_input_gives_an_equal_assessment_and_explanation(
      @ForAll("casesInForce") ClaimCase c, @ForAll("casesInForce") ClaimCase other) {
    CompensationPolicy policy = policy();
    Assessment first = Contracts.assess(policy, c);
    Contracts.assess(policy, other);
    Assessment again = Contracts.assess(policy, c);
    Assessment onCopies = Contracts.assess(policy, new ClaimCase(Rebuild.copy(c.claim()), Rebuild.copy(c.context())));
    for (Assessment later : List.of(again, onCopies)) {
      if (!later.equals(first) || !later.toString().equals(first.toString())) {
        throw Contracts.failure(
            policy,
            "assessed the same input differently: first total " + first.total() + " with\n" + Explanations.outline(first.explanation())
                + "\n  then total " + later.total() + " with\n" + Explanations.outline(later.explanation()),
            c);
      }
    }
  }

  /**
   * A denial names each of its reasons in a chosen step, and each line's amount is the result of a
   * chosen step (for a deduction, the difference across one), so no reduction goes unexplained; the
   * same holds for the alternative.
   *
   * @param c a claim and its context
   */
  @Property
  default void every_denial_and_every_reduction_has_an_explaining_step(@ForAll("casesInForce") ClaimCase c) {
    CompensationPolicy policy = policy();
    Assessment a = Contracts.assess(policy, c);
    List<ExplanationStep> steps = Explanations.chosen(a.explanation());
    if (a.isDenied()) {
      for (DenialReason reason : a.denialReasons()) {
        if (steps.stream().noneMatch(s -> Explanations.names(s, reason.code()))) {
          throw Contracts.failure(
              policy, "denies for " + reason + " but no chosen step names it; the explanation is\n" + Explanations.outline(a.explanation()), c);
        }
      }
    }
    Contracts.requireExplained(policy, "", a.lines(), steps, a.explanation(), c);
    a.alternative()
        .ifPresent(alt -> Contracts.requireExplained(policy, "the alternative's ", alt.lines(), Explanations.chosen(alt.explanation()), alt.explanation(), c));
  }

  /**
   * A claim governed outside the effective period is refused with {@link IllegalArgumentException},
   * and the policy states the promised period. A policy in force on every date (open from {@link
   * LocalDate#MIN}, never ending) has nothing to refuse and passes.
   *
   * @param c a claim and its context, governed outside the period
   */
  @Property
  default void assessing_outside_the_effective_period_is_refused(@ForAll("casesOutOfForce") ClaimCase c) {
    CompensationPolicy policy = policy();
    EffectivePeriod period = effectivePeriod();
    if (!policy.period().equals(period)) {
      fail(policy.id() + " states the period " + policy.period() + " but promises " + period);
    }
    if (Contracts.coversEveryDate(period)) {
      return; // in force on every date: there is nothing to refuse
    }
    LocalDate governing = c.context().governingDate();
    Assessment a;
    try {
      a = policy.assess(c.claim(), c.context());
    } catch (IllegalArgumentException expected) {
      return;
    } catch (RuntimeException e) {
      throw Contracts.failure(policy, "refused a claim governed on " + governing + ", outside " + period + ", with " + e + " instead of an IllegalArgumentException", c);
    }
    throw Contracts.failure(
        policy, "is in force " + period + " but assessed a claim governed on " + governing + " (total " + a.total() + ") instead of refusing it", c);
  }

  /** {@return the promised period, or else the policy's own} */
  default EffectivePeriod effectivePeriod() {
    return promises().period().orElseGet(() -> policy().period());
  }
}
