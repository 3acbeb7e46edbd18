package io.parcelclaims.workflow;

import io.parcelclaims.claim.Evidence;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.RecordFinding;
import io.parcelclaims.workflow.event.FindingRecorded;
import io.parcelclaims.workflow.event.InvestigationConcluded;
import io.parcelclaims.workflow.event.InvestigationOpened;
import java.util.List;

/** Step 3: investigation (docs/process.md). */
final class InvestigationHandlers {
  private InvestigationHandlers() {}

  static void open(Draft d, OpenInvestigation c) {
    d.emit(InvestigationOpened::new);
  }

  static void recordFinding(Draft d, RecordFinding c) {
    if (EvidenceHandlers.anyOnClaim(d.state(), List.of(c.evidence()))) {
      d.reject(RejectionReason.DUPLICATE_EVIDENCE);
    }
    Evidence evidence = c.evidence();
    d.emit(h -> new FindingRecorded(h, evidence));
  }

  static void conclude(Draft d, ConcludeInvestigation c) {
    d.emit(h -> new InvestigationConcluded(h, c.finding(), c.rootCause()));
  }
}
