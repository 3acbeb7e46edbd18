package io.parcelclaims.rules.cn;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Claims and contexts for the Chinese rules' tests; fixed values, times in Shanghai. */
final class CnClaims {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private CnClaims() {}

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  /** Noon in Shanghai on a date. */
  static Instant noon(String date) {
    return LocalDate.parse(date).atTime(12, 0).atZone(SHANGHAI).toInstant();
  }

    /** A domestic inter-city express shipment accepted 2025-02-27, fee as given, not insured. */
  static Shipment.Builder shipment(String fee) {
    return shipment(ServiceScope.DOMESTIC_INTER_CITY, fee);
  }

  /** An express shipment of a scope accepted 2025-02-27, fee as given, not insured. */
  static Shipment.Builder shipment(ServiceScope scope, String fee) {
    return shipment("SF1234567890123", scope, MailClass.EXPRESS, fee);
  }

  static Shipment.Builder postal(MailClass mailClass, String postage) {
    return shipment("RR123456789CN", ServiceScope.DOMESTIC_INTER_CITY, mailClass, postage);
  }

  private static Shipment.Builder shipment(String waybill, ServiceScope scope, MailClass mailClass, String fee) {
    return Shipment.builder()
        .waybill(WaybillNumber.of(waybill))
        .mailClass(mailClass)
        .scope(scope)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(noon("2025-02-27"))
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(cny(fee));
  }

  static Shipment.Builder insured(Shipment.Builder shipment, String declared, String premium) {
    return shipment.declaredValue(cny(declared)).insurancePremium(cny(premium));
  }

  /** A claim reported 2025-03-20. */
  static Claim.Builder claim(ClaimType type, Shipment shipment) {
    return claim(type, shipment, "2025-03-20");
  }

  static Claim.Builder claim(ClaimType type, Shipment shipment, String reported) {
    return Claim.builder()
        .id(ClaimId.of("C-1"))
        .type(type)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(noon(reported))
        .description("parcel claim")
        .amountClaimed(shipment.shippingFee());
  }

  static Claim.Builder damage(DamageExtent extent, Shipment shipment) {
    return claim(ClaimType.DAMAGE, shipment).damageExtent(extent);
  }

  /** A context governed by the acceptance date 2025-02-27, in Shanghai. */
  static AssessmentContext.Builder context() {
    return context("2025-02-27");
  }

  static AssessmentContext.Builder context(String governingDate) {
    return AssessmentContext.builder().governingDate(LocalDate.parse(governingDate)).zone(SHANGHAI);
  }
}
