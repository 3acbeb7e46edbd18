package io.parcelclaims.workflow;

import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.workflow.command.CorrectClaim;
import io.parcelclaims.workflow.command.OpenClaim;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.ReturnForCorrection;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimCorrected;
import io.parcelclaims.workflow.event.ClaimReported;
import io.parcelclaims.workflow.event.ClaimReturnedForCorrection;
import io.parcelclaims.workflow.event.ClaimVerified;
import java.util.ArrayList;
import java.util.List;

/** Steps 1 and 2: intake and verification (docs/process.md). */
final class IntakeHandlers {
  private IntakeHandlers() {}

  /**
   * An open claim of the same type on the waybill makes the report a duplicate; open claims of
   * other types are linked. The claimant's party record stays in the command.
   */
  static void report(Draft d, ReportClaim c) {
    List<ClaimId> linked = new ArrayList<>();
    for (OpenClaim open : c.openClaimsOnWaybill()) {
      if (open.type() == c.claim().type() || open.id().equals(c.claim().id())) {
        d.reject(RejectionReason.DUPLICATE_CLAIM_ON_WAYBILL);
      } else if (!linked.contains(open.id())) {
        linked.add(open.id());
      }
    }
    d.emit(h -> new ClaimReported(h, c.claim(), linked));
  }

  static void returnForCorrection(Draft d, ReturnForCorrection c) {
    d.emit(h -> new ClaimReturnedForCorrection(h, c.fieldsToCorrect()));
  }

  static void correct(Draft d, CorrectClaim c) {
    d.emit(h -> new ClaimCorrected(h, c.claim()));
  }

  static void verify(Draft d, VerifyClaim c) {
    d.emit(h -> new ClaimVerified(h, c.lastScanAt()));
  }
}
