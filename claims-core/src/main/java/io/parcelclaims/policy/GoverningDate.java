package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which date of a claim selects the policy version in force.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface GoverningDate {

  /**
   * The date the carrier accepted the parcel, the default (docs/reading.md): in the zone of the place of
   * acceptance when the shipment records it ({@code Shipment.acceptanceZone()}), else in the given
   * zone ({@code Shipment.acceptanceDate(ZoneId)}).
   */
  GoverningDate ACCEPTANCE = (claim, zone) -> claim.shipment().acceptanceDate(zone);

  /** The date the claim was reported. */
  GoverningDate REPORT = (claim, zone) -> claim.reportedAt().atZone(zone).toLocalDate();

  /**
   * The governing date of a claim.
   *
   * @param claim the claim
   * @param zone the zone in which instants become dates
   * @return the date
   */
  LocalDate of(Claim claim, ZoneId zone);
}
