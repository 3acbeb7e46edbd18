package io.parcelclaims.rules.evidence;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.InvestigationFinding;
import java.util.Objects;

/**
 * The columns of the evidence matrix (docs/evidence.md): a claim's type, with damage split by extent and
 * a loss after a complete delay apart from other losses.
 *
 * @since 0.1.0
 */
public enum ClaimSituation {
  /** A loss: not delivered and not located, or misdelivered. */
  LOSS,
  /** Damage that destroyed the whole value. */
  TOTAL_DAMAGE,
  /** Damage that destroyed part of the value. */
  PARTIAL_DAMAGE,
  /** Fewer contents than shipped. */
  SHORT_CONTENTS,
  /** Delivered, or still expected, after the promised time. */
  DELAY,
  /** A loss claim on a parcel the claimant treats as lost after a complete delay (docs/claim-types.md). */
  COMPLETE_DELAY;

  /**
   * The situation of a claim: a loss claim on an undelivered parcel with a promised time, which the
   * investigation has not found lost, is a {@link #COMPLETE_DELAY}; a damage claim is total or
   * partial by its extent; other types map one to one.
   *
   * @param claim the claim
   * @param context its context
   * @return the situation
   */
  public static ClaimSituation of(Claim claim, AssessmentContext context) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(context, "context");
    return switch (claim.type()) {
      case LOSS -> claim.shipment().deliveredAt().isEmpty()
              && claim.shipment().promisedBy().isPresent()
              && context.finding().filter(InvestigationFinding.LOST::equals).isEmpty()
          ? COMPLETE_DELAY
          : LOSS;
      case DAMAGE -> claim.damageExtent().orElseThrow() == DamageExtent.TOTAL ? TOTAL_DAMAGE : PARTIAL_DAMAGE;
      case SHORT_CONTENTS -> SHORT_CONTENTS;
      case DELAY -> DELAY;
    };
  }
}
