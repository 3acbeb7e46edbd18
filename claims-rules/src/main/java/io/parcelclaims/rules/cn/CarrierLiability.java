package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.defence;
import static io.parcelclaims.policy.Policies.intentOrGrossNegligence;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.Tariff;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Civil Code rules that bind every express carrier's tariff, whatever its terms say (民法典
 * Art. 832, 590, 506; docs/claim-types.md, docs/express-civil-code.md, rev. 2026-12). Every carrier preset of {@link
 * io.parcelclaims.rules.carrier.Carriers} and {@link CivilCodeExpress} is built with {@link
 * #tariff}, and a carrier's own tariff should be too.
 *
 * <ul>
 *   <li>Art. 832: a loss, damage or short-contents claim is denied for force majeure ({@link
 *       DenialReason#FORCE_MAJEURE}), the goods' nature or reasonable wear ({@link
 *       DenialReason#INHERENT_VICE}), the shipper's fault ({@link DenialReason#SENDER_FAULT}) or the
 *       consignee's fault ({@link DenialReason#RECIPIENT_FAULT}), checked in that order.
 *   <li>Art. 590: a delay claim is denied for force majeure. The nature of the goods and the
 *       parties' fault are Art. 832 defences for loss and damage only, so they do not deny a delay
 *       claim here. Force majeure arising after the carrier was already late does not excuse it
 *       (Art. 590 ¶2); the investigation should not record the defence then.
 *   <li>A defence counts whether the assessor entered it or the investigation found it as the root
 *       cause ({@link AssessmentContext#establishedDefences()}). These denials come before the
 *       tariff's own.
 *   <li>Art. 506 (read with Art. 497): with intent or gross negligence no cap of the tariff can be
 *       invoked, whether or not its notice was proven, and the 保价 limit neither: each {@link
 *       LineKind#COMPENSATION} line of a loss, damage or short-contents claim pays the greater of the
 *       tariff's amount and the actual loss (the proved value on loss or total damage, else the
 *       assessed loss), in a step citing the article ({@value #ART_506}). When the actual loss is not
 *       established the tariff's amount stands and no evidence is asked for it. Fee lines are not
 *       touched.
 * </ul>
 *
 * <p>An alternative outcome that would pay no more than the assessment itself (as when Art. 506 has
 * already set the contested caps aside) is left out. Policies are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class CarrierLiability implements CompensationPolicy {
  /** The rule id of the Art. 506 step that sets a tariff's caps aside: {@value}. */
  public static final String ART_506 = "cn.civil-code.art506";

  private static final Condition GOODS = claimType(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS);

  private static final Denials DEFENCES =
      new Denials(
          List.of(
              new Denials.Denial(
                  "cn.civil-code.art832.force-majeure",
                  "explain.cn.civil-code.art832-force-majeure",
                  GOODS.and(defence(DenialReason.FORCE_MAJEURE)),
                  DenialReason.FORCE_MAJEURE),
              new Denials.Denial(
                  "cn.civil-code.art832.nature-of-goods",
                  "explain.cn.civil-code.art832-nature-of-goods",
                  GOODS.and(defence(DenialReason.INHERENT_VICE)),
                  DenialReason.INHERENT_VICE),
              new Denials.Denial(
                  "cn.civil-code.art832.sender-fault",
                  "explain.cn.civil-code.art832-sender-fault",
                  GOODS.and(defence(DenialReason.SENDER_FAULT)),
                  DenialReason.SENDER_FAULT),
              new Denials.Denial(
                  "cn.civil-code.art832.recipient-fault",
                  "explain.cn.civil-code.art832-recipient-fault",
                  GOODS.and(defence(DenialReason.RECIPIENT_FAULT)),
                  DenialReason.RECIPIENT_FAULT),
              new Denials.Denial(
                  "cn.civil-code.art590.force-majeure",
                  "explain.cn.civil-code.art590-force-majeure",
                  claimType(ClaimType.DELAY).and(defence(DenialReason.FORCE_MAJEURE)),
                  DenialReason.FORCE_MAJEURE)));

  private final CompensationPolicy tariff;

  private CarrierLiability(CompensationPolicy tariff) {
    this.tariff = tariff;
  }

  /**
   * Starts a carrier's tariff bound by the Civil Code; used like {@link Tariff#builder}.
   *
   * @param id the policy id, lowercase and dotted
   * @param version the version
   * @return a builder
   */
  public static Builder tariff(String id, String version) {
    return new Builder(Tariff.builder(id, version));
  }

  @Override
  public PolicyId id() {
    return tariff.id();
  }

  @Override
  public EffectivePeriod period() {
    return tariff.period();
  }

  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    Policies.requireInForce(this, context);
    Optional<Assessment> denied = DEFENCES.first(id(), claim, context);
    if (denied.isPresent()) {
      return denied.get();
    }
    return withoutIdleAlternative(tariff.assess(claim, context));
  }

  /** The assessment without an alternative that pays no more than it does. */
  static Assessment withoutIdleAlternative(Assessment a) {
    if (a.alternative().isEmpty() || a.alternative().get().total().isGreaterThan(a.total())) {
      return a;
    }
    return withAlternative(a, Optional.empty());
  }

  /** The assessment with another alternative, or none. */
  static Assessment withAlternative(Assessment a, Optional<Alternative> alternative) {
    Assessment.Builder b = Assessment.builder();
    b.policy(a.policy())
        .outcome(a.outcome())
        .addAllDenialReasons(a.denialReasons())
        .addAllMissingEvidence(a.missingEvidence())
        .dueOn(a.dueOn())
        .addAllLines(a.lines())
        .currency(a.currency())
        .explanation(a.explanation())
        .alternative(alternative);
    return b.build();
  }

  @Override
  public String toString() {
    return "CarrierLiability[" + tariff + "]";
  }

  /** Builds a carrier's tariff bound by the Civil Code; use once. */
  public static final class Builder {
    private final Tariff.Builder tariff;

    private Builder(Tariff.Builder tariff) {
      this.tariff = tariff;
    }

    /**
     * Sets when this version is in force.
     *
     * @param value the period
     * @return this builder
     */
    public Builder effective(EffectivePeriod value) {
      tariff.effective(value);
      return this;
    }

    /**
     * Sets the rounding mode every rule uses; {@code HALF_UP} to the minor unit by default.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder rounding(RoundingMode value) {
      tariff.rounding(value);
      return this;
    }

    /**
     * Denies the claim when a condition holds, after the Civil Code's defences.
     *
     * @param ruleId the denial rule's id
     * @param when the condition
     * @param reason the denial reason
     * @return this builder
     */
    public Builder denyWhen(String ruleId, Condition when, DenialReason reason) {
      tariff.denyWhen(ruleId, when, reason);
      return this;
    }

    /**
     * Adds a line the tariff pays; a {@link LineKind#COMPENSATION} line's limits give way to Art. 506.
     *
     * @param kind what the line is for
     * @param remedy what the claimant receives
     * @param rule how much
     * @return this builder
     */
    public Builder line(LineKind kind, Remedy remedy, AmountRule rule) {
      Objects.requireNonNull(rule, "rule");
      AmountRule bound =
          kind == LineKind.COMPENSATION
              ? LimitsLifted.of(ART_506, "explain.cn.civil-code.art506", rule, intentOrGrossNegligence().and(GOODS))
              : rule;
      tariff.line(kind, remedy, bound);
      return this;
    }

    /**
     * Subtracts the agreed salvage value of goods the claimant keeps, never below zero.
     *
     * @return this builder
     */
    public Builder deductSalvage() {
      tariff.deductSalvage();
      return this;
    }

    /**
     * Subtracts what other sources already paid on the shipment, never below zero.
     *
     * @return this builder
     */
    public Builder offsetPriorPayouts() {
      tariff.offsetPriorPayouts();
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     * @throws IllegalStateException if no period was set, no line was added, or the builder was used
     */
    public CompensationPolicy build() {
      return new CarrierLiability(tariff.build());
    }
  }
}
