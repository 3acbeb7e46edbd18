package io.parcelclaims.rules.cn;

import static io.parcelclaims.policy.Policies.always;
import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.defence;
import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insured;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.mailClass;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.Tariff;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Postal Law's compensation for China Post receipted items (邮政法 Art. 45–48, 2015 amendment;
 * docs/regimes.md, docs/postal-law.md rev. 2026-12, §4, §8 EX-06, EX-19 to EX-22): policy {@code
 * cn.postal-law.art47}, version {@code 2015}, in force from 2015-04-24 (the 2015 amendment) with no
 * end. docs/worked-examples.md calls it {@code CN-POSTAL-LAW-47}.
 *
 * <p>Denials, in this order, each citing its article:
 *
 * <ul>
 *   <li>Art. 45(2), 59: an express item ({@link MailClass#EXPRESS}) falls under civil law, not
 *       Chapter 5 ({@link DenialReason#REGIME_NOT_APPLICABLE}; use {@link CivilCodeExpress}).
 *   <li>Art. 45: delay is not a loss (丢失、损毁或者内件短少) under Chapter 5, so a delay claim gets no
 *       compensation ({@link DenialReason#NO_COMPENSATION_FOR_DELAY}).
 *   <li>Art. 48: force majeure unless the item is insured ({@link DenialReason#FORCE_MAJEURE}), the
 *       goods' nature or reasonable wear ({@link DenialReason#INHERENT_VICE}), the sender's fault
 *       ({@link DenialReason#SENDER_FAULT}) and the recipient's fault ({@link
 *       DenialReason#RECIPIENT_FAULT}), entered as defences or found as the root cause.
 * </ul>
 *
 * <p>Art. 47 ¶1, the limits:
 *
 * <ul>
 *   <li>(1) insured, lost or wholly destroyed → the insured amount ("按照保价额赔偿"), with no proof
 *       of value; partly damaged or short → actual loss × insured amount / full value, never above
 *       the actual loss.
 *   <li>(2) uninsured registered letter (挂号信件) lost or damaged → exactly 3 × postage, with no
 *       proof of value; short of contents it falls under the general rule below.
 *   <li>(2) other uninsured receipted items → the actual loss (proved value when lost or wholly
 *       destroyed, else the assessed loss), at most 3 × postage.
 * </ul>
 *
 * <p>Art. 47 ¶3: with intent or gross negligence ({@code intentOrGrossNegligence}), or without the
 * notice of the rule on counter notices and receipts ({@code capNoticeProven} false), none of the ¶1
 * limits can be invoked, and China Post pays the greater of the ¶1 amount and the actual loss. With
 * intent or gross negligence that is the assessment itself; without proven notice it is the
 * assessment's {@linkplain Assessment#alternative() alternative} (reason key {@value
 * #ALTERNATIVE_KEY}), present when it pays more. The greater amount needs the actual loss: when the
 * context holds none, the ¶1 amount is paid and no evidence is asked for (EX-20).
 *
 * <p>Ordinary mail (Art. 46) has no {@link MailClass} and is not covered. Amounts round once, {@code
 * HALF_UP} to the currency's minor unit unless another mode is given (docs/reading.md).
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

  /**
   * The reason key of the alternative outcome without the ¶1 limits, when the notice of Art. 47 ¶2
   * is not proven: {@value}.
   *
   * @since 0.2.0
   */
  public static final String ALTERNATIVE_KEY = "explain.cn.postal-law.art47-3-alternative";

  /** Art. 47(2): the multiple of the postage ("所收取资费的三倍"), docs/postal-law.md [V]. */
  static final long POSTAGE_MULTIPLE = 3;

  private static final Denials DENIALS =
      new Denials(
          List.of(
              new Denials.Denial(
                  "cn.postal-law.art45.express-item",
                  "explain.cn.postal-law.art45-express-item",
                  mailClass(MailClass.EXPRESS),
                  DenialReason.REGIME_NOT_APPLICABLE),
              new Denials.Denial(
                  "cn.postal-law.art45.delay",
                  "explain.cn.postal-law.art45-delay",
                  claimType(ClaimType.DELAY),
                  DenialReason.NO_COMPENSATION_FOR_DELAY),
              new Denials.Denial(
                  "cn.postal-law.art48.force-majeure",
                  "explain.cn.postal-law.art48-force-majeure",
                  defence(DenialReason.FORCE_MAJEURE).and(insured().negate()),
                  DenialReason.FORCE_MAJEURE),
              new Denials.Denial(
                  "cn.postal-law.art48.nature-of-goods",
                  "explain.cn.postal-law.art48-nature-of-goods",
                  defence(DenialReason.INHERENT_VICE),
                  DenialReason.INHERENT_VICE),
              new Denials.Denial(
                  "cn.postal-law.art48.sender-fault",
                  "explain.cn.postal-law.art48-sender-fault",
                  defence(DenialReason.SENDER_FAULT),
                  DenialReason.SENDER_FAULT),
              new Denials.Denial(
                  "cn.postal-law.art48.recipient-fault",
                  "explain.cn.postal-law.art48-recipient-fault",
                  defence(DenialReason.RECIPIENT_FAULT),
                  DenialReason.RECIPIENT_FAULT)));

  private static final CompensationPolicy DEFAULT = policy(RoundingMode.HALF_UP);

  private PostalLaw() {}

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
    AmountRule limited = paragraphOne();
    AmountRule unlimited = LimitsLifted.of("cn.postal-law.art47-3", "explain.cn.postal-law.art47-3", limited, always());
    return new Chapter5(tariff(rounding, limited), tariff(rounding, unlimited));
  }

  private static CompensationPolicy tariff(RoundingMode rounding, AmountRule compensation) {
    return Tariff.builder(ID, VERSION)
        .effective(EffectivePeriod.from(IN_FORCE_FROM))
        .rounding(rounding)
        .line(LineKind.COMPENSATION, Remedy.CASH, compensation)
        .build();
  }

  /** Art. 47 ¶1 with its limits. */
  private static AmountRule paragraphOne() {
    return firstApplicable(
        "cn.postal-law.art47.compensation",
        when(
            insured().and(CnAmounts.lossOrTotalDamage()),
            Cited.cite("cn.postal-law.art47-1.insured-loss", "explain.cn.postal-law.art47-1-insured-loss", insuredAmount())),
        when(
            insured(),
            Cited.cite(
                "cn.postal-law.art47-1.insured-partial",
                "explain.cn.postal-law.art47-1-insured-partial",
                CnAmounts.insuredProportional("cn.postal-law.art47-1"))),
        when(
            mailClass(MailClass.REGISTERED_LETTER).and(claimType(ClaimType.LOSS, ClaimType.DAMAGE)),
            Cited.cite(
                "cn.postal-law.art47-2.registered-letter",
                "explain.cn.postal-law.art47-2-registered-letter",
                feeMultiple("cn.postal-law.art47-2.three-times-postage", POSTAGE_MULTIPLE))),
        otherwise(
            Cited.cite(
                "cn.postal-law.art47-2.uninsured",
                "explain.cn.postal-law.art47-2-uninsured",
                CnAmounts.actualLoss("cn.postal-law.actual-loss")
                    .cappedAt(
                        "cn.postal-law.art47-2.cap",
                        feeMultiple("cn.postal-law.art47-2.three-times-postage", POSTAGE_MULTIPLE)))));
  }

  /** Chapter 5: the denials, then ¶1 with its limits, or without them as ¶3 says. */
  private static final class Chapter5 implements CompensationPolicy {
    private final CompensationPolicy limited;
    private final CompensationPolicy unlimited;

    Chapter5(CompensationPolicy limited, CompensationPolicy unlimited) {
      this.limited = limited;
      this.unlimited = unlimited;
    }

    @Override
    public PolicyId id() {
      return limited.id();
    }

    @Override
    public EffectivePeriod period() {
      return limited.period();
    }

    @Override
    public Assessment assess(Claim claim, AssessmentContext context) {
      Policies.requireInForce(this, context);
      Optional<Assessment> denied = DENIALS.first(id(), claim, context);
      if (denied.isPresent()) {
        return denied.get();
      }
      if (context.intentOrGrossNegligence()) {
        return unlimited.assess(claim, context);
      }
      Assessment a = limited.assess(claim, context);
      if (context.capNoticeProven() || !a.isPayable()) {
        return a;
      }
      Assessment without = unlimited.assess(claim, context);
      if (!without.isPayable() || !without.total().isGreaterThan(a.total())) {
        return a;
      }
      return CarrierLiability.withAlternative(
          a,
          Optional.of(
              Alternative.builder()
                  .reasonKey(ALTERNATIVE_KEY)
                  .currency(without.currency())
                  .addAllLines(without.lines())
                  .explanation(without.explanation())
                  .build()));
    }

    @Override
    public String toString() {
      return "PostalLaw[" + id() + " " + period() + "]";
    }
  }
}
