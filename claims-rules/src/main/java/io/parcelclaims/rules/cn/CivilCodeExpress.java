package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Express parcels under civil law (邮政法 Art. 45(2), 59; 快递暂行条例 Art. 27 (2019) / 28 (2025);
 * 民法典 Art. 584, 832–833, 496–497; docs/regimes.md, docs/express-civil-code.md, docs/express-civil-code.md, docs/carriers.md): policy {@code
 * cn.civil-code.express}, version {@code 2021}, in force from 2021-01-01 (the Civil Code) with no end.
 *
 * <ul>
 *   <li>Art. 832 and 590: the defences every carrier has, through {@link CarrierLiability}: a loss,
 *       damage or short-contents claim is denied for force majeure, the goods' nature or reasonable
 *       wear, the shipper's fault or the consignee's fault; a delay claim for force majeure, whether
 *       the defence was entered or found as the investigation's root cause. Force majeure after the
 *       carrier was already late does not excuse it (Art. 590(2)); the investigation should not
 *       record the defence then.
 *   <li>Art. 506: with intent or gross negligence no cap and no 保价 limit can be invoked; the
 *       greater of the amount below and the actual loss is paid ({@link CarrierLiability}).
 *   <li>Uninsured → the actual loss (Art. 584, 833): the proved value when lost or wholly destroyed,
 *       else the assessed loss; no cap. A carrier's "N × freight" standard term is added with {@link
 *       #cappedAtFreightMultiple}, as a contested cap.
 *   <li>Insured → the agreed insured rules decide (Art. 27/28); this policy uses the arithmetic of
 *       docs/carriers.md: the insured amount, never above the proved value, on loss or total damage;
 *       {@code L × min(I, V) / V} on partial damage or short contents.
 * </ul>
 *
 * <p>Delay claims get no line here: the damages a delay caused are the carrier's tariff's matter
 * (for the GB/T fee waiver see {@link GbT27917#delay()}).
 *
 * <p>This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class CivilCodeExpress {
  /** The policy id. */
  public static final String ID = "cn.civil-code.express";

  /** The policy version: the Civil Code of 2021. */
  public static final String VERSION = "2021";

  /** The day the Civil Code came into force (docs/express-civil-code.md). */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2021, 1, 1);

  private static final CompensationPolicy DEFAULT = policy(RoundingMode.HALF_UP);

  private CivilCodeExpress() {}

  /**
   * The actual loss {@code L} under civil law (Art. 584, 833): the proved value when the parcel is
   * lost or its value wholly lost, else the loss the assessor established.
   *
   * @return the rule, id {@code cn.civil-code.actual-loss}
   */
  public static AmountRule actualLoss() {
    return Cited.cite(
        "cn.civil-code.actual-loss",
        "explain.cn.civil-code.actual-loss",
        CnAmounts.actualLoss("cn.civil-code.actual-loss.measure"));
  }

  /**
   * An amount capped at {@code times} × the shipping fee by a carrier's standard term, which a court
   * may set aside when the carrier cannot prove notice (民法典 Art. 496–497, SPC 法释〔2023〕13号 Art.
   * 10; docs/express-civil-code.md, docs/carriers.md): the assessment then carries the uncapped alternative. Build the tariff
   * with {@link CarrierLiability#tariff} so that the cap also gives way to intent or gross negligence
   * (Art. 506) and the Art. 832 defences apply.
   *
   * @param amount the amount to cap, such as {@link #actualLoss()}
   * @param capId the cap's id, such as {@code sf-b.seven-times-fee}
   * @param times the carrier's multiple of the freight, positive
   * @return the capped rule
   * @throws IllegalArgumentException if {@code times} is not positive
   */
  public static AmountRule cappedAtFreightMultiple(AmountRule amount, String capId, long times) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(capId, "capId");
    if (times <= 0) {
      throw new IllegalArgumentException("the freight multiple must be positive: " + times);
    }
    return amount.cappedAtContested(capId, feeMultiple(capId + ".limit", times));
  }

  /** {@return the policy, rounding {@code HALF_UP}; the same immutable instance on every call} */
  public static CompensationPolicy policy() {
    return DEFAULT;
  }

  /**
   * The policy with the carrier's rounding mode (docs/reading.md: carrier's choice).
   *
   * @param rounding the mode each amount rounds with, once
   * @return the policy
   */
  public static CompensationPolicy policy(RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return CarrierLiability.tariff(ID, VERSION)
        .effective(EffectivePeriod.from(IN_FORCE_FROM))
        .rounding(rounding)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            firstApplicable(
                "cn.civil-code.compensation",
                when(
                    insured().and(CnAmounts.lossOrTotalDamage()),
                    CnAmounts.insuredLoss("cn.civil-code.insured-capped-at-value")),
                when(
                    insured().and(CnAmounts.partialDamageOrShort()),
                    CnAmounts.insuredProportional("cn.civil-code.insured")),
                when(claimType(ClaimType.LOSS, ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS), actualLoss())))
        .build();
  }
}
