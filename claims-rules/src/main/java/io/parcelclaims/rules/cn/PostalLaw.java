package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.defence;
import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.intentOrGrossNegligence;
import static io.parcelclaims.policy.Policies.mailClass;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Tariff;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The Postal Law's compensation for China Post receipted items (邮政法 Art. 45–48, 2015 amendment;
 * DOMAIN.md §3.1, §3.2, §4, §8 EX-06): policy {@code cn.postal-law.art47}, version {@code 2015}, in
 * force from 2015-04-24 (the 2015 amendment) with no end. DOMAIN.md §8 calls it
 * {@code CN-POSTAL-LAW-47}.
 *
 * <ul>
 *   <li>Art. 48: denied for force majeure ({@link DenialReason#FORCE_MAJEURE}) unless the item is
 *       insured, for the goods' nature or reasonable wear ({@link DenialReason#INHERENT_VICE}) and for
 *       the sender's or recipient's fault ({@link DenialReason#SENDER_FAULT}), as the context's
 *       defences say.
 *   <li>Art. 47(1), insured: lost or wholly destroyed → the insured amount, never above the proved
 *       value (DOMAIN.md §4, over-insured row); partly damaged or short → actual loss × insured
 *       amount / full value, never above the actual loss.
 *   <li>Art. 47(2), uninsured registered letter (挂号信件) → exactly 3 × postage, with no proof of
 *       value.
 *   <li>Art. 47(2), other uninsured receipted items → the actual loss (proved value when lost or
 *       wholly destroyed, else the assessed loss), at most 3 × postage; Art. 47 ¶3: when the context
 *       finds intent or gross negligence the cap cannot be invoked.
 * </ul>
 *
 * <p>Ordinary mail (Art. 46) has no {@link MailClass} and is not covered. The policy assumes the
 * item is a receipted item of the universal service ({@link MailClass#POSTAL_RECEIPTED} or {@link
 * MailClass#REGISTERED_LETTER}); express parcels fall under civil law ({@link CivilCodeExpress}). An
 * intentionally or grossly negligently lost registered letter still gets exactly 3 × postage here:
 * the actual-loss alternative Art. 47 ¶3 opens is not modelled. Amounts round once, {@code
 * HALF_UP} to the currency's minor unit unless another mode is given (DOMAIN.md §0).
 *
 * <p>This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class PostalLaw {
  /** The policy id. */
  public static final String ID = "cn.postal-law.art47";

  /** The policy version: the 2015 amendment of the Postal Law. */
  public static final String VERSION = "2015";

  /** The first day of the 2015 amendment. */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2015, 4, 24);

  /** Art. 47(2): the multiple of the postage ("所收取资费的三倍"), DOMAIN.md §3.2 [V]. */
  static final long POSTAGE_MULTIPLE = 3;

  private static final CompensationPolicy DEFAULT = policy(RoundingMode.HALF_UP);

  private PostalLaw() {}

  /** {@return the policy, rounding {@code HALF_UP}; the same immutable instance on every call} */
  public static CompensationPolicy policy() {
    return DEFAULT;
  }

  /**
   * The policy with the carrier's rounding mode (DOMAIN.md §0: carrier's choice).
   *
   * @param rounding the mode each amount rounds with, once
   * @return the policy
   */
  public static CompensationPolicy policy(RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return Tariff.builder(ID, VERSION)
        .effective(EffectivePeriod.from(IN_FORCE_FROM))
        .rounding(rounding)
        .denyWhen(
            "cn.postal-law.art48.force-majeure",
            defence(DenialReason.FORCE_MAJEURE).and(insured().negate()),
            DenialReason.FORCE_MAJEURE)
        .denyWhen(
            "cn.postal-law.art48.nature-of-goods",
            defence(DenialReason.INHERENT_VICE),
            DenialReason.INHERENT_VICE)
        .denyWhen(
            "cn.postal-law.art48.sender-fault",
            defence(DenialReason.SENDER_FAULT),
            DenialReason.SENDER_FAULT)
        .line(
            LineKind.COMPENSATION,
            Remedy.CASH,
            firstApplicable(
                "cn.postal-law.art47.compensation",
                when(
                    insured().and(CnAmounts.lossOrTotalDamage()),
                    Cited.cite(
                        "cn.postal-law.art47-1.insured-loss",
                        "explain.cn.postal-law.art47-1-insured-loss",
                        CnAmounts.insuredLoss("cn.postal-law.art47-1.insured-capped-at-value"))),
                when(
                    insured(),
                    Cited.cite(
                        "cn.postal-law.art47-1.insured-partial",
                        "explain.cn.postal-law.art47-1-insured-partial",
                        CnAmounts.insuredProportional("cn.postal-law.art47-1"))),
                when(
                    mailClass(MailClass.REGISTERED_LETTER),
                    Cited.cite(
                        "cn.postal-law.art47-2.registered-letter",
                        "explain.cn.postal-law.art47-2-registered-letter",
                        feeMultiple("cn.postal-law.art47-2.three-times-postage", POSTAGE_MULTIPLE))),
                otherwise(
                    Cited.cite(
                        "cn.postal-law.art47-2.uninsured",
                        "explain.cn.postal-law.art47-2-uninsured",
                        CnAmounts.actualLoss("cn.postal-law.actual-loss")
                            .cappedAtUnless(
                                "cn.postal-law.art47-2.cap",
                                feeMultiple("cn.postal-law.art47-2.three-times-postage", POSTAGE_MULTIPLE),
                                intentOrGrossNegligence())))))
        .build();
  }
}
