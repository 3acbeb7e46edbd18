package io.parcelclaims.testkit.internal;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import java.util.Optional;

/**
 * Copies of values with one attribute changed. The project's builders are strict and have no
 * {@code from(...)}, so a copy sets every attribute again; a new attribute of a value must be added
 * here too (the testkit's own tests compare copies with their originals).
 */
public final class Rebuild {
  private Rebuild() {}

  /**
   * A shipment equal to {@code s} but with other money amounts.
   *
   * @param s the shipment
   * @param fee the shipping fee
   * @param declaredValue the declared value, empty for none
   * @param premium the insurance premium, empty for none
   * @return the copy
   */
  public static Shipment shipment(Shipment s, Money fee, Optional<Money> declaredValue, Optional<Money> premium) {
    return Shipment.builder()
        .waybill(s.waybill())
        .scope(s.scope())
        .transportMode(s.transportMode())
        .mailClass(s.mailClass())
        .monthlyAccount(s.monthlyAccount())
        .origin(s.origin())
        .destination(s.destination())
        .acceptedAt(s.acceptedAt())
        .promisedBy(s.promisedBy())
        .deliveredAt(s.deliveredAt())
        .grossWeightKg(s.grossWeightKg())
        .chargeableWeightKg(s.chargeableWeightKg())
        .shippingFee(fee)
        .declaredValue(declaredValue)
        .insurancePremium(premium)
        .addAllContents(s.contents())
        .build();
  }

  /**
   * A shipment equal to {@code s}: a distinct instance.
   *
   * @param s the shipment
   * @return the copy
   */
  public static Shipment copy(Shipment s) {
    return shipment(s, s.shippingFee(), s.declaredValue(), s.insurancePremium());
  }

  /**
   * A claim equal to {@code c} but about another shipment.
   *
   * @param c the claim
   * @param shipment the shipment
   * @return the copy
   */
  public static Claim claim(Claim c, Shipment shipment) {
    return Claim.builder()
        .id(c.id())
        .type(c.type())
        .shipment(shipment)
        .claimant(c.claimant())
        .channel(c.channel())
        .reportedAt(c.reportedAt())
        .description(c.description())
        .amountClaimed(c.amountClaimed())
        .addAllAffectedItems(c.affectedItems())
        .damageExtent(c.damageExtent())
        .addAllEvidence(c.evidence())
        .build();
  }

  /**
   * A claim equal to {@code c}, with an equal shipment: distinct instances throughout.
   *
   * @param c the claim
   * @return the copy
   */
  public static Claim copy(Claim c) {
    return claim(c, copy(c.shipment()));
  }

  /**
   * A context equal to {@code x} but with other values established by evidence.
   *
   * @param x the context
   * @param provedValue the proved value, empty for none
   * @param assessedLoss the assessed loss, empty for none
   * @return the copy
   */
  public static AssessmentContext context(AssessmentContext x, Optional<Money> provedValue, Optional<Money> assessedLoss) {
    return AssessmentContext.builder()
        .governingDate(x.governingDate())
        .zone(x.zone())
        .finding(x.finding())
        .addAllDefences(x.defences())
        .intentOrGrossNegligence(x.intentOrGrossNegligence())
        .provedValue(provedValue)
        .assessedLoss(assessedLoss)
        .salvageValue(x.salvageValue())
        .sdrRate(x.sdrRate())
        .addAllExchangeRates(x.exchangeRates())
        .addAllPriorPayouts(x.priorPayouts())
        .capNoticeProven(x.capNoticeProven())
        .build();
  }

  /**
   * A context equal to {@code x}: a distinct instance.
   *
   * @param x the context
   * @return the copy
   */
  public static AssessmentContext copy(AssessmentContext x) {
    return context(x, x.provedValue(), x.assessedLoss());
  }
}
