package io.parcelclaims.rules.evidence;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.policy.ExplanationStep;
import java.util.List;
import java.util.Objects;

/**
 * What a rule set's evidence requirements say about a claim: the requirements that apply, those
 * still missing, and those the desk may waive.
 *
 * <p>An item counts as provided when the claim has evidence of its kind that was not rejected in
 * review. Each kind appears once: required if any applying requirement requires it. Immutable and
 * thread-safe.
 *
 * @param situation the claim's situation
 * @param applicable the requirements that apply, required before waivable, in the rule set's order
 * @param missing the required ones not yet provided
 * @param waivable the waivable ones not yet provided
 * @param step the step explaining the answer
 * @since 0.1.0
 */
public record EvidenceAnswer(
    ClaimSituation situation,
    List<EvidenceRequirement> applicable,
    List<EvidenceRequirement> missing,
    List<EvidenceRequirement> waivable,
    ExplanationStep step) {

  /** Copies the lists and checks every part is present. */
  public EvidenceAnswer {
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(step, "step");
    applicable = List.copyOf(applicable);
    missing = List.copyOf(missing);
    waivable = List.copyOf(waivable);
  }

  /** {@return whether no required evidence is missing} */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** {@return the kinds still missing, in order} */
  public List<EvidenceKind> missingKinds() {
    return missing.stream().map(EvidenceRequirement::kind).toList();
  }

  /** {@return the kinds not provided that the desk may waive, in order} */
  public List<EvidenceKind> waivableKinds() {
    return waivable.stream().map(EvidenceRequirement::kind).toList();
  }

  /**
   * The kinds still missing that one side provides: what to ask the claimant for, or what the
   * investigation still has to produce.
   *
   * @param submitter the claimant or the staff
   * @return those kinds, in order
   */
  public List<EvidenceKind> missingFrom(Submitter submitter) {
    return missing.stream().filter(r -> r.from() == submitter).map(EvidenceRequirement::kind).toList();
  }
}
