package io.parcelclaims.rules.contract;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.Monotone;

/**
 * The pieces the ready policies' promises share (docs/carriers.md symbols): the insured amount {@code I},
 * the fee {@code F}, and the actual loss {@code L} (the proved value on loss or total damage, else
 * the assessed loss). An absent value reads as zero: an assessment that lacks it pays nothing.
 */
final class Promised {
  private Promised() {}

  /** {@return the monotone inputs every ready policy of docs/carriers.md keeps: I, V on loss, L, F} */
  static Monotone[] goodsAndFee() {
    return new Monotone[] {
      Monotone.inDeclaredValue(),
      Monotone.inProvedValue().forLossOrTotalDamage(),
      Monotone.inAssessedLoss(),
      Monotone.inShippingFee()
    };
  }

  static boolean lossOrTotalDamage(Claim claim) {
    return claim.type() == ClaimType.LOSS || claim.damageExtent().filter(DamageExtent.TOTAL::equals).isPresent();
  }

  static Money fee(Claim claim) {
    return claim.shipment().shippingFee();
  }

  /** The insured amount {@code I}, or {@code otherwise} when the shipment is not insured. */
  static Money insuredOr(Claim claim, Money otherwise) {
    return claim.shipment().declaredValue().orElse(otherwise);
  }

  /** The actual loss: {@code V} on loss or total damage, else {@code L}; zero when not established. */
  static Money actualLoss(Claim claim, AssessmentContext context) {
    Money zero = Money.zero(claim.shipment().currency());
    return lossOrTotalDamage(claim) ? context.provedValue().orElse(zero) : context.assessedLoss().orElse(zero);
  }

  /**
   * A cap on the goods as intent or gross negligence leaves it (Civil Code Art. 506; Postal Law
   * Art. 47 ¶3; docs/postal-law.md, docs/express-civil-code.md): the greater of the cap and the actual loss on a loss, damage
   * or short-contents claim; the cap itself otherwise.
   */
  static Money liftedByIntent(Claim claim, AssessmentContext context, Money cap) {
    boolean goods = claim.type() != ClaimType.DELAY;
    return context.intentOrGrossNegligence() && goods ? cap.max(actualLoss(claim, context)) : cap;
  }
}
