package io.parcelclaims.rules.intl;

import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Policies;

/** Conditions and rule shapes the conventions share (docs/claim-types.md, docs/conventions.md). */
final class ConventionParts {
  /** Loss, or damage that destroyed the whole value: compensated on the value (docs/claim-types.md). */
  static final Condition LOSS_OR_TOTAL_DAMAGE =
      Policies.condition(
          "loss-or-total-damage",
          (c, x) -> c.type() == ClaimType.LOSS || c.damageExtent().filter(DamageExtent.TOTAL::equals).isPresent());

  /** Partial damage or short contents: compensated on the assessed loss (docs/claim-types.md). */
  static final Condition PARTIAL_DAMAGE_OR_SHORT =
      Policies.condition(
          "partial-damage-or-short-contents",
          (c, x) -> c.type() == ClaimType.SHORT_CONTENTS || c.damageExtent().filter(DamageExtent.PARTIAL::equals).isPresent());

  /** Short contents: a partial loss, measured by the weight short (CMR Art. 23(3)). */
  static final Condition SHORT_CONTENTS = Policies.claimType(ClaimType.SHORT_CONTENTS);

  /** Partial damage: the value partly lost (docs/claim-types.md; CMR Art. 25). */
  static final Condition PARTIAL_DAMAGE =
      Policies.condition(
          "partial-damage",
          (c, x) -> c.type() == ClaimType.DAMAGE && c.damageExtent().filter(DamageExtent.PARTIAL::equals).isPresent());

  /** A delay claim. */
  static final Condition DELAY = Policies.claimType(ClaimType.DELAY);

  /**
   * A special declaration of interest in delivery (MC99 Art. 22(3), Warsaw Art. 22(2)) or a declared
   * value (CMR Art. 24, 26), made and paid for: in the SDK, a shipment with a declared value, which
   * always has its premium (supplementary charge), possibly zero.
   */
  static final Condition SPECIAL_DECLARATION =
      Policies.condition("special-declaration", (c, x) -> c.shipment().isInsured());

  /** The carrier's wilful misconduct, as the context records it (CMR Art. 29). */
  static final Condition WILFUL_MISCONDUCT =
      Policies.condition("wilful-misconduct", (c, x) -> x.wilfulMisconduct());

  /**
   * Wilful misconduct, or gross negligence read as its equivalent (CMR Art. 29: "default … considered
   * as equivalent to wilful misconduct" by the court's law).
   */
  static final Condition WILFUL_MISCONDUCT_OR_GROSS_NEGLIGENCE =
      Policies.condition(
          "wilful-misconduct-or-gross-negligence", (c, x) -> x.wilfulMisconduct() || x.intentOrGrossNegligence());

  /** A China Post receipted item or registered letter: a postal item, not an express parcel. */
  static final Condition POSTAL_ITEM = Policies.mailClass(MailClass.POSTAL_RECEIPTED, MailClass.REGISTERED_LETTER);

  private ConventionParts() {}

  /**
   * The actual loss a cargo convention starts from: the proved value on loss or total damage, the
   * assessed loss on partial damage, short contents and delay (the damage the delay caused).
   */
  static AmountRule actualLoss(String id) {
    return Policies.firstApplicable(
        id,
        Policies.when(LOSS_OR_TOTAL_DAMAGE, Policies.provedValue()),
        Policies.when(PARTIAL_DAMAGE_OR_SHORT, Policies.assessedLoss()),
        Policies.when(DELAY, Policies.assessedLoss()));
  }
}
