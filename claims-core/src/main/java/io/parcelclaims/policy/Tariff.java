package io.parcelclaims.policy;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link CompensationPolicy} that reads like a tariff: when it denies, then the lines it
 * pays, in order.
 *
 * <pre>{@code
 * CompensationPolicy sfB = Tariff.builder("sf.domestic.copy-b", "2024")
 *     .effective(EffectivePeriod.from(LocalDate.of(2024, 1, 1)))
 *     .line(LineKind.COMPENSATION, Remedy.CASH, firstApplicable("sf-b.compensation",
 *         when(insured(), minOf("sf-b.insured-loss", insuredAmount(), provedValue())),
 *         otherwise(provedValue().cappedAtContested("sf-b.seven-times-fee", feeMultiple("sf-b.fee-x7", 7)))))
 *     .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, shippingFee())
 *     .build();
 * }</pre>
 *
 * <p>Denials are checked first, in order; the first that holds decides. Then every line is
 * evaluated; if any needs evidence the outcome is {@link Outcome#NEEDS_EVIDENCE} with all missing
 * kinds. Lines of zero are left out. Each rule rounds once with the tariff's rounding mode
 * ({@code HALF_UP} unless set). A line whose rule is {@link Policies#firstApplicable} with no branch
 * that applies pays nothing and leaves no step in the explanation. Builders are used once.
 *
 * @since 0.1.0
 */
public final class Tariff {
  private Tariff() {}

  /**
   * Starts a tariff.
   *
   * @param id the policy id, lowercase and dotted
   * @param version the version
   * @return a builder
   */
  public static Builder builder(String id, String version) {
    return new Builder(PolicyId.of(id, version));
  }

  /** Builds a tariff policy; use once. */
  public static final class Builder {
    private final PolicyId id;
    private EffectivePeriod period;
    private RoundingMode rounding = RoundingMode.HALF_UP;
    private final List<TariffPolicy.Denial> denials = new ArrayList<>();
    private final List<TariffPolicy.Line> lines = new ArrayList<>();
    private boolean built;

    private Builder(PolicyId id) {
      this.id = id;
    }

    /**
     * Sets when this version is in force.
     *
     * @param value the period
     * @return this builder
     */
    public Builder effective(EffectivePeriod value) {
      this.period = Objects.requireNonNull(value, "period");
      return this;
    }

    /**
     * Sets the rounding mode every rule uses; {@code HALF_UP} to the minor unit by default.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder rounding(RoundingMode value) {
      this.rounding = Objects.requireNonNull(value, "rounding");
      return this;
    }

    /**
     * Denies the claim when a condition holds.
     *
     * @param ruleId the denial rule's id
     * @param when the condition
     * @param reason the denial reason
     * @return this builder
     */
    public Builder denyWhen(String ruleId, Condition when, DenialReason reason) {
      denials.add(new TariffPolicy.Denial(ruleId, when, reason));
      return this;
    }

    /**
     * Adds a line the tariff pays.
     *
     * @param kind what the line is for
     * @param remedy what the claimant receives
     * @param rule how much
     * @return this builder
     */
    public Builder line(LineKind kind, Remedy remedy, AmountRule rule) {
      lines.add(new TariffPolicy.Line(kind, remedy, rule));
      return this;
    }

    /**
     * Subtracts what other sources already paid on the shipment, never below zero.
     *
     * @return this builder
     */
    public Builder offsetPriorPayouts() {
      lines.add(TariffPolicy.Line.PRIOR_PAYOUTS);
      return this;
    }

    /**
     * Subtracts the agreed salvage value of goods the claimant keeps, never below zero.
     *
     * @return this builder
     */
    public Builder deductSalvage() {
      lines.add(TariffPolicy.Line.SALVAGE);
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     * @throws IllegalStateException if no period was set, no line was added, or the builder was used
     */
    public CompensationPolicy build() {
      if (built) {
        throw new IllegalStateException("a Tariff.Builder builds once");
      }
      if (period == null) {
        throw new IllegalStateException(id + ": effective period not set");
      }
      if (lines.isEmpty()) {
        throw new IllegalStateException(id + ": a tariff pays at least one line");
      }
      built = true;
      return new TariffPolicy(id, period, rounding, denials, lines);
    }
  }
}
