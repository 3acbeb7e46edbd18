package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import java.util.Objects;

/**
 * A claim the carrier already has open on the same waybill, as it passes it to {@link ReportClaim}:
 * an open claim of the same type makes the new one a duplicate; one of another type is linked.
 *
 * @param id the open claim
 * @param type its type
 * @since 0.1.0
 */
public record OpenClaim(ClaimId id, ClaimType type) {

  /** Requires both parts. */
  public OpenClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }

  /**
   * An open claim.
   *
   * @param id the claim
   * @param type its type
   * @return the open claim
   */
  public static OpenClaim of(ClaimId id, ClaimType type) {
    return new OpenClaim(id, type);
  }
}
