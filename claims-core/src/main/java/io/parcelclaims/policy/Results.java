package io.parcelclaims.policy;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.util.ArrayList;
import java.util.List;

/** Helpers for combinators: missing evidence passes through, amounts are read back. */
final class Results {
  private Results() {}

  /** The union of missing evidence among results, in first-seen order; empty when none is missing. */
  static List<EvidenceKind> missing(List<RuleResult> results) {
    List<EvidenceKind> kinds = new ArrayList<>();
    for (RuleResult r : results) {
      if (r instanceof RuleResult.Missing m) {
        m.evidence().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
      }
    }
    return kinds;
  }

  static Money value(RuleResult result) {
    return ((RuleResult.Amount) result).value();
  }

  static List<ExplanationStep> steps(List<RuleResult> results) {
    return results.stream().map(RuleResult::step).toList();
  }

  /** A result for a combinator whose inputs lack evidence. */
  static RuleResult missingFor(Evaluation e, String id, List<RuleResult> inputs) {
    List<EvidenceKind> kinds = missing(inputs);
    ExplanationStep step =
        e.step(id, "explain.evidence-missing", MessageArg.code(kinds.stream().map(EvidenceKind::code).collect(java.util.stream.Collectors.joining(", "))))
            .addAllChildren(steps(inputs))
            .build();
    return RuleResult.missing(kinds, step);
  }
}
