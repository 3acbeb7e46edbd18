package io.parcelclaims.rules.timebar;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ReviewStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;

/**
 * Which act of the claimant a time bar measures.
 *
 * @since 0.1.0
 */
public enum ActedOn {
  /** The claim (or inquiry) itself: the day it was reported. */
  REPORT,

  /**
   * The written notice or complaint: the day of the earliest written notice ({@link
   * EvidenceKind#WRITTEN_NOTICE}, E17) that was not rejected in review, or the day the claim was
   * reported if that is earlier or there is no such notice. A claim reported in writing is itself
   * a notice.
   */
  WRITTEN_NOTICE;

  /**
   * The day the claimant acted.
   *
   * @param claim the claim
   * @param zone the zone in which the claim's instants become dates
   * @return the day
   */
  public LocalDate dateOf(Claim claim, ZoneId zone) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(zone, "zone");
    LocalDate reported = claim.reportedAt().atZone(zone).toLocalDate();
    if (this == REPORT) {
      return reported;
    }
    return claim.evidence().stream()
        .filter(e -> e.kind().equals(EvidenceKind.WRITTEN_NOTICE) && e.reviewStatus() != ReviewStatus.REJECTED)
        .map(Evidence::submittedAt)
        .min(Comparator.naturalOrder())
        .map(i -> i.atZone(zone).toLocalDate())
        .filter(d -> d.isBefore(reported))
        .orElse(reported);
  }
}
