package io.parcelclaims.rules;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Claims, evidence and contexts for the time-bar, standing and evidence tests, as a claims desk sees
 * them: fixed values, every instant at noon in Shanghai on the date given.
 */
public final class DeskClaims {
  /** The zone every test date is in. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private DeskClaims() {}

  /**
   * Noon in Shanghai on a date.
   *
   * @param date an ISO date
   * @return the instant
   */
  public static Instant noon(String date) {
    return LocalDate.parse(date).atTime(12, 0).atZone(SHANGHAI).toInstant();
  }

  /**
   * An uninsured shipment accepted at noon on a date.
   *
   * @param scope the service scope
   * @param mode the transport mode
   * @param fee the fee, such as {@code CNY 18.00}
   * @param accepted the acceptance date
   * @return a builder to add to
   */
  public static Shipment.Builder shipment(ServiceScope scope, TransportMode mode, Money fee, String accepted) {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(scope)
        .transportMode(mode)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(scope == ServiceScope.INTERNATIONAL ? Place.of("US", "New York") : Place.of("CN", "Shanghai"))
        .acceptedAt(noon(accepted))
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("2.5"))
        .shippingFee(fee);
  }

  /**
   * A claim by the sender, reported at noon on a date, claiming nothing yet.
   *
   * @param type the claim type (a damage claim still needs its extent)
   * @param shipment the shipment
   * @param reported the report date
   * @return a builder to add to
   */
  public static Claim.Builder claim(ClaimType type, Shipment shipment, String reported) {
    return claim(type, shipment, reported, PartyRole.SENDER);
  }

  /**
   * A claim by a party of the given role, reported at noon on a date, claiming nothing yet.
   *
   * @param type the claim type (a damage claim still needs its extent)
   * @param shipment the shipment
   * @param reported the report date
   * @param role the claimant's role
   * @return a builder to add to
   */
  public static Claim.Builder claim(ClaimType type, Shipment shipment, String reported, PartyRole role) {
    return claim(type, shipment, reported, role, Money.zero(shipment.currency()));
  }

  /**
   * A claim by a party of the given role for an amount, reported at noon on a date.
   *
   * @param type the claim type (a damage claim still needs its extent)
   * @param shipment the shipment
   * @param reported the report date
   * @param role the claimant's role
   * @param amountClaimed the amount claimed
   * @return a builder to add to
   */
  public static Claim.Builder claim(ClaimType type, Shipment shipment, String reported, PartyRole role, Money amountClaimed) {
    return Claim.builder()
        .id(ClaimId.of("C-5"))
        .type(type)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-5"), role))
        .channel(IntakeChannel.APP)
        .reportedAt(noon(reported))
        .description("parcel claim")
        .amountClaimed(amountClaimed);
  }

  /**
   * An evidence item submitted at noon on a date, pending review.
   *
   * @param n a number unique within the claim
   * @param kind the kind
   * @param submitted the submission date
   * @param facts the facts it states
   * @return the evidence
   */
  public static Evidence evidence(int n, EvidenceKind kind, String submitted, StatedFact... facts) {
    return Evidence.builder()
        .id(EvidenceId.of("EV-" + n))
        .kind(kind)
        .submitter(Submitter.CLAIMANT)
        .submittedAt(noon(submitted))
        .document(DocumentReference.of(URI.create("doc://evidence/" + n), "0".repeat(64)))
        .addStatedFacts(facts)
        .build();
  }

  /**
   * A context governed by a date, in Shanghai.
   *
   * @param governingDate an ISO date
   * @return a builder to add to
   */
  public static AssessmentContext.Builder context(String governingDate) {
    return AssessmentContext.builder().governingDate(LocalDate.parse(governingDate)).zone(SHANGHAI);
  }
}
