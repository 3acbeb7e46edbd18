package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.damageExtent;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.onlyWhen;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The national baseline of GB/T 27917.3-2011 快递服务 第3部分：服务环节 (docs/gbt-27917.md, docs/carriers.md "national
 * baseline", §8 EX-07, EX-08): policy {@code cn.gbt-27917.3}, version {@code 2011}, in force from
 * 2012-05-01 with no end. The standard was revised in 2023 (GB/T 27917.3-2023, in force 2024-04-01);
 * whether the revision changed these rules is <b>unverified</b> (docs/gbt-27917.md, tag [U]), and the
 * 2011 items themselves are secondary ([S]). docs/worked-examples.md calls it {@code GBT-27917.3-2011}.
 *
 * <ul>
 *   <li>Delay → waive this shipment's service fee {@code F}, never the insurance premium
 *       ({@link LineKind#FEE_REFUND}); see also {@link #delay()}.
 *   <li>Loss, and total damage "as loss" → the insured amount if insured (never above the proved
 *       value, docs/carriers.md over-insured row), else "per law": the actual loss, taken as the proved
 *       value; plus the fee waiver {@code F}.
 *   <li>Partial damage → the loss compensation × lost value / total value (L / V), rounded once.
 *   <li>Short contents → as partial damage; this rule is <b>unverified</b> (docs/claim-types.md, docs/gbt-27917.md, [U])
 *       and a parameter ({@link Builder#shortContentsAsPartialDamage}).
 *   <li>Fee waiver on partial damage or short contents: the standard says nothing clear (docs/worked-examples.md
 *       EX-02), so it is the carrier's choice ({@link Builder#refundFeeOnPartialLoss}), off by default.
 * </ul>
 *
 * <p>"Delay destroying the value → as loss or damage" is not modelled: claim such a case as loss or
 * damage. The standard names no defences; an express carrier applying it is bound by the Civil Code,
 * so both policies are built with {@link CarrierLiability} (Art. 832 and 590 defences, Art. 506
 * against intent or gross negligence).
 *
 * @since 0.1.0
 */
public final class GbT27917 {
  /** The policy id. */
  public static final String ID = "cn.gbt-27917.3";

  /** The id of the delay-only policy, {@link #delay()}. */
  public static final String DELAY_ID = "cn.gbt-27917.3.delay";

  /** The policy version: the 2011 edition. */
  public static final String VERSION = "2011";

  /** The day GB/T 27917.3-2011 came into force (docs/claim-types.md table header, [S]). */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2012, 5, 1);

  private static final CompensationPolicy DEFAULT = builder().build();

  private static final CompensationPolicy DELAY =
      CarrierLiability.tariff(DELAY_ID, VERSION)
          .effective(EffectivePeriod.from(IN_FORCE_FROM))
          .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, delayFeeWaiver())
          .build();

  private GbT27917() {}

  /** {@return the policy with its defaults; the same immutable instance on every call} */
  public static CompensationPolicy policy() {
    return DEFAULT;
  }

  /**
   * The delay remedy alone, for any claim type: waive the service fee {@code F}, excluding the
   * insurance premium ("免除本次服务费用（不含保价等附加费用）", docs/gbt-27917.md [S]). Policy {@code
   * cn.gbt-27917.3.delay}, version {@code 2011}, in force from 2012-05-01. {@link CompleteDelay}
   * pays it while a parcel may not yet be treated as lost.
   *
   * @return the policy; the same immutable instance on every call
   */
  public static CompensationPolicy delay() {
    return DELAY;
  }

  /** {@return a builder for a policy with other parameters} */
  public static Builder builder() {
    return new Builder();
  }

  private static AmountRule delayFeeWaiver() {
    return Cited.cite("cn.gbt-27917.delay", "explain.cn.gbt-27917.delay-fee-waiver", shippingFee());
  }

  /** Sets the parameters of a {@link GbT27917} policy; use once. */
  public static final class Builder {
    private boolean shortContentsAsPartialDamage = true;
    private boolean refundFeeOnPartialLoss;
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder() {}

    /**
     * Whether short contents are compensated as partial damage (proportionally), as docs/claim-types.md
     * recalls GB/T for "same article, short quantity or weight"; otherwise as total damage, as the same
     * recollection has it for "a different article". <b>Unverified</b> (docs/claim-types.md, docs/gbt-27917.md, [U]):
     * recalled wording, not found in a readable copy.
     *
     * @param value true (the default) for proportional compensation
     * @return this builder
     */
    public Builder shortContentsAsPartialDamage(boolean value) {
      this.shortContentsAsPartialDamage = value;
      return this;
    }

    /**
     * Whether the service fee is also waived on partial damage and short contents; GB/T says nothing
     * clear (docs/worked-examples.md EX-02), so it is the carrier's choice.
     *
     * @param value true to waive the fee; false by default
     * @return this builder
     */
    public Builder refundFeeOnPartialLoss(boolean value) {
      this.refundFeeOnPartialLoss = value;
      return this;
    }

    /**
     * Sets the rounding mode (docs/reading.md: carrier's choice).
     *
     * @param value the mode each amount rounds with, once; {@code HALF_UP} by default
     * @return this builder
     */
    public Builder rounding(RoundingMode value) {
      this.rounding = Objects.requireNonNull(value, "rounding");
      return this;
    }

    /** {@return the policy} */
    public CompensationPolicy build() {
      Condition shortContents = claimType(ClaimType.SHORT_CONTENTS);
      Condition asLoss = claimType(ClaimType.LOSS).or(damageExtent(DamageExtent.TOTAL));
      Condition proportional = damageExtent(DamageExtent.PARTIAL);
      if (shortContentsAsPartialDamage) {
        proportional = proportional.or(shortContents);
      } else {
        asLoss = asLoss.or(shortContents);
      }
      Condition feeWaived = asLoss.or(claimType(ClaimType.DELAY));
      if (refundFeeOnPartialLoss) {
        feeWaived = feeWaived.or(proportional);
      }
      asLoss = CnAmounts.grouped(asLoss);
      proportional = CnAmounts.grouped(proportional);
      feeWaived = CnAmounts.grouped(feeWaived);
      return CarrierLiability.tariff(ID, VERSION)
          .effective(EffectivePeriod.from(IN_FORCE_FROM))
          .rounding(rounding)
          .line(
              LineKind.COMPENSATION,
              Remedy.CASH,
              firstApplicable(
                  "cn.gbt-27917.compensation",
                  when(
                      asLoss,
                      Cited.cite("cn.gbt-27917.loss", "explain.cn.gbt-27917.loss", lossCompensation("cn.gbt-27917.loss-amount"))),
                  when(
                      proportional,
                      Cited.cite(
                          "cn.gbt-27917.partial-damage",
                          "explain.cn.gbt-27917.partial-damage",
                          lossCompensation("cn.gbt-27917.loss-amount").proportionalToLoss("cn.gbt-27917.proportional")))))
          .line(
              LineKind.FEE_REFUND,
              Remedy.FEE_REFUND,
              onlyWhen(
                  "cn.gbt-27917.fee-waiver",
                  feeWaived,
                  Cited.cite("cn.gbt-27917.fee-waiver.fee", "explain.cn.gbt-27917.fee-waiver", shippingFee())))
          .build();
    }

    private static AmountRule lossCompensation(String id) {
      return firstApplicable(
          id,
          when(insured(), CnAmounts.insuredLoss("cn.gbt-27917.insured-capped-at-value")),
          otherwise(provedValue()));
    }
  }
}
