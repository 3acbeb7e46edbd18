package io.parcelclaims.testkit;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.EffectivePeriod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What a policy promises beyond what every policy must do: the currencies it assesses, the cap on
 * its total, the inputs in which it is monotone, and the period it is in force.
 *
 * <p>{@link CompensationPolicyContract} generates claims in the promised currencies, checks the total
 * against the cap, raises each monotone input and checks the period. A promise left out is not
 * checked (no cap, no monotone input), or defaults (every testkit currency; the policy's own period).
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolicyPromises {
  private final List<Currency> currencies;
  private final String capDescription;
  private final BiFunction<Claim, AssessmentContext, Money> cap;
  private final List<Monotone> monotone;
  private final EffectivePeriod period;

  private PolicyPromises(Builder b) {
    this.currencies = List.copyOf(b.currencies);
    this.capDescription = b.capDescription;
    this.cap = b.cap;
    this.monotone = List.copyOf(b.monotone);
    this.period = b.period;
  }

  /** {@return no promise beyond the contract's own} */
  public static PolicyPromises none() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the currencies the policy assesses; empty when it takes any} */
  public List<Currency> currencies() {
    return currencies;
  }

  /** {@return the cap in words, when a cap is promised} */
  public Optional<String> capDescription() {
    return Optional.ofNullable(capDescription);
  }

  /**
   * The cap on the total for a claim.
   *
   * @param claim the claim
   * @param context its context
   * @return the most the policy may pay, in the claim's currency; empty when no cap is promised
   */
  public Optional<Money> capOf(Claim claim, AssessmentContext context) {
    return cap == null ? Optional.empty() : Optional.of(cap.apply(claim, context));
  }

  /** {@return the monotone inputs promised} */
  public List<Monotone> monotone() {
    return monotone;
  }

  /** {@return the period promised, when one is} */
  public Optional<EffectivePeriod> period() {
    return Optional.ofNullable(period);
  }

  /** {@return the promises in words} */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(currencies.isEmpty() ? "any currency" : "currencies " + currencies);
    capDescription().ifPresent(d -> parts.add("cap: " + d));
    monotone.forEach(m -> parts.add(m.toString()));
    period().ifPresent(p -> parts.add("in force " + p));
    return "PolicyPromises[" + String.join("; ", parts) + "]";
  }

  /** Builds {@link PolicyPromises}; use once. */
  public static final class Builder {
    private final List<Currency> currencies = new ArrayList<>();
    private String capDescription;
    private BiFunction<Claim, AssessmentContext, Money> cap;
    private final List<Monotone> monotone = new ArrayList<>();
    private EffectivePeriod period;

    private Builder() {}

    /**
     * The policy assesses claims in these currencies only; claims are generated in them.
     *
     * @param values the currencies
     * @return this builder
     */
    public Builder currencies(Currency... values) {
      currencies.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * The policy assesses claims in the currencies with these ISO 4217 codes only.
     *
     * @param codes such as {@code "CNY"}
     * @return this builder
     */
    public Builder currencies(String... codes) {
      Arrays.stream(codes).map(Currency::getInstance).forEach(currencies::add);
      return this;
    }

    /**
     * The total (with caps applied) is never above {@code cap} for a claim and its context.
     *
     * @param description the cap in words, shown in failures
     * @param limit the cap, in the claim's currency; read absent context values as you see fit
     *     (an assessment that needs evidence pays nothing)
     * @return this builder
     */
    public Builder cap(String description, BiFunction<Claim, AssessmentContext, Money> limit) {
      this.capDescription = Objects.requireNonNull(description, "description");
      this.cap = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * The policy never pays less when one of these inputs grows.
     *
     * @param promises the monotone inputs
     * @return this builder
     */
    public Builder monotone(Monotone... promises) {
      monotone.addAll(Arrays.asList(promises));
      return this;
    }

    /**
     * The policy is in force in exactly this period; its own {@code period()} must say so.
     *
     * @param value the period
     * @return this builder
     */
    public Builder effective(EffectivePeriod value) {
      this.period = Objects.requireNonNull(value, "period");
      return this;
    }

    /** {@return the promises} */
    public PolicyPromises build() {
      return new PolicyPromises(this);
    }
  }
}
