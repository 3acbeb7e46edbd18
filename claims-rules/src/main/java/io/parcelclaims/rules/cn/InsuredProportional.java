package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.onlyWhen;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Tariff;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Proportional compensation of an insured item, {@code L × I / V} (邮政法 Art. 47(1) formula, SF copy
 * C wording; docs/carriers.md "insured, partial damage or short", §8 EX-02): policy {@code
 * cn.insured-proportional}, version {@code 2015}, in force from 2015-04-24 with no end. docs/worked-examples.md
 * calls it {@code INSURED-PROPORTIONAL}.
 *
 * <p>{@code L} is the assessed loss, {@code V} the proved value and {@code I} the insured amount; the
 * ratio {@code L / V} is kept exact and the product rounded once. When {@code I > V} the insured
 * amount counts only up to {@code V}, so the result is never above {@code L} (docs/carriers.md, "insured,
 * partial, I > V"). Without a declared value the policy pays no line: compose {@link #rule()} with
 * the carrier's uninsured rule instead. No fee refund: GB/T 27917.3 says nothing clear on one for
 * partial damage (docs/worked-examples.md EX-02, carrier's choice).
 *
 * <p>This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class InsuredProportional {
  /** The policy id. */
  public static final String ID = "cn.insured-proportional";

  /** The policy version, after the Postal Law text the formula comes from. */
  public static final String VERSION = "2015";

  private static final CompensationPolicy DEFAULT = policy(RoundingMode.HALF_UP);

  private InsuredProportional() {}

  /** {@return the rule {@code L × min(I, V) / V}, for use inside a carrier's tariff} */
  public static AmountRule rule() {
    return Cited.cite(
        "cn.insured-proportional.rule",
        "explain.cn.insured-proportional",
        CnAmounts.insuredProportional("cn.insured-proportional"));
  }

  /** {@return the policy, rounding {@code HALF_UP}; the same immutable instance on every call} */
  public static CompensationPolicy policy() {
    return DEFAULT;
  }

  /**
   * The policy with the carrier's rounding mode (docs/reading.md: carrier's choice).
   *
   * @param rounding the mode the amount rounds with, once
   * @return the policy
   */
  public static CompensationPolicy policy(RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return Tariff.builder(ID, VERSION)
        .effective(EffectivePeriod.from(LocalDate.of(2015, 4, 24)))
        .rounding(rounding)
        .line(LineKind.COMPENSATION, Remedy.CASH, onlyWhen("cn.insured-proportional.insured-only", insured(), rule()))
        .build();
  }
}
