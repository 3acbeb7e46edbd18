package io.parcelclaims.rules.cn;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.Examples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The Chinese rules' variations of the testkit's {@link Examples}: accepted at noon in Shanghai on
 * 2025-02-27, reported 2025-03-20, chargeable weight 3 kg, fees in CNY.
 */
final class CnClaims {
  static final ZoneId SHANGHAI = Examples.SHANGHAI;

  private CnClaims() {}

  static Money cny(String amount) {
    return Examples.cny(amount);
  }

  /** Noon in Shanghai on a date. */
  static Instant noon(String date) {
    return Examples.noon(date);
  }

  /** A domestic inter-city express shipment accepted 2025-02-27, fee as given, not insured. */
  static Shipment.Builder shipment(String fee) {
    return shipment(ServiceScope.DOMESTIC_INTER_CITY, fee);
  }

  /** An express shipment of a scope accepted 2025-02-27, fee as given, not insured. */
  static Shipment.Builder shipment(ServiceScope scope, String fee) {
    return Examples.shipment()
        .scope(scope)
        .acceptedAt(noon("2025-02-27"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(cny(fee));
  }

  /** A postal item of a mail class accepted 2025-02-27, postage as given, not insured. */
  static Shipment.Builder postal(MailClass mailClass, String postage) {
    return shipment(postage).waybill(WaybillNumber.of("RR123456789CN")).mailClass(mailClass);
  }

  static Shipment.Builder insured(Shipment.Builder shipment, String declared, String premium) {
    return shipment.declaredValue(cny(declared)).insurancePremium(cny(premium));
  }

  /** A claim reported 2025-03-20, claiming the shipping fee. */
  static Claim.Builder claim(ClaimType type, Shipment shipment) {
    return claim(type, shipment, "2025-03-20");
  }

  static Claim.Builder claim(ClaimType type, Shipment shipment, String reported) {
    return Examples.claim(type, shipment).reportedAt(noon(reported)).amountClaimed(shipment.shippingFee());
  }

  static Claim.Builder damage(DamageExtent extent, Shipment shipment) {
    return claim(ClaimType.DAMAGE, shipment).damageExtent(extent);
  }

  /** A context governed by the acceptance date 2025-02-27, in Shanghai. */
  static AssessmentContext.Builder context() {
    return context("2025-02-27");
  }

  static AssessmentContext.Builder context(String governingDate) {
    return Examples.context(LocalDate.parse(governingDate));
  }
}
