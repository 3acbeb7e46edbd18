package io.parcelclaims.workflow;

import io.parcelclaims.claim.Evidence;
import io.parcelclaims.workflow.command.RequestEvidence;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.event.EvidenceRequested;
import io.parcelclaims.workflow.event.EvidenceReviewed;
import io.parcelclaims.workflow.event.EvidenceSubmitted;
import java.util.List;

/** Step 4: evidence (docs/process.md). */
final class EvidenceHandlers {
  private EvidenceHandlers() {}

  static void request(Draft d, RequestEvidence c) {
    d.emit(h -> new EvidenceRequested(h, c.missing()));
  }

  static void submit(Draft d, SubmitEvidence c) {
    if (anyOnClaim(d.state(), c.evidence())) {
      d.reject(RejectionReason.DUPLICATE_EVIDENCE);
    }
    d.emit(h -> new EvidenceSubmitted(h, c.evidence()));
  }

  static void review(Draft d, ReviewEvidence c) {
    boolean known = d.state().claim().stream()
        .flatMap(claim -> claim.evidence().stream())
        .anyMatch(e -> e.id().equals(c.evidenceId()));
    if (!known) {
      d.reject(RejectionReason.UNKNOWN_EVIDENCE);
    }
    d.emit(h -> new EvidenceReviewed(h, c.evidenceId(), c.status()));
  }

  static boolean anyOnClaim(ClaimState state, List<Evidence> items) {
    return state.claim().stream()
        .flatMap(claim -> claim.evidence().stream())
        .anyMatch(e -> items.stream().anyMatch(i -> i.id().equals(e.id())));
  }
}
