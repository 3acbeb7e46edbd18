package io.parcelclaims.policy;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link AmountRule} yields: an amount, or the evidence it still needs; each with the step
 * that explains it.
 *
 * @since 0.1.0
 */
public sealed interface RuleResult {

  /** {@return the step explaining this result} */
  ExplanationStep step();

  /**
   * An amount.
   *
   * @param value the amount, not negative, in the claim's currency
   * @param step the explaining step
   * @return the result
   */
  static RuleResult amount(Money value, ExplanationStep step) {
    return new Amount(value, step);
  }

  /**
   * Evidence the rule needs before it can yield an amount.
   *
   * @param evidence the kinds still missing
   * @param step the explaining step
   * @return the result
   */
  static RuleResult missing(List<EvidenceKind> evidence, ExplanationStep step) {
    return new Missing(evidence, step);
  }

  /**
   * What a rule built on other rules yields when some of its inputs still need evidence: the union
   * of their missing kinds, in first-seen order, under a step for this rule that holds the inputs'
   * steps. A custom combinator calls it when {@link #anyMissing} holds, as the SDK's own do.
   *
   * @param evaluation the evaluation being run
   * @param ruleId the combinator's rule id
   * @param inputs the inputs' results, at least one of them {@link Missing}
   * @return the missing result
   * @throws IllegalArgumentException if no input is missing evidence
   * @since 0.2.0
   */
  static RuleResult missingFrom(Evaluation evaluation, String ruleId, List<RuleResult> inputs) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(ruleId, "ruleId");
    if (!anyMissing(inputs)) {
      throw new IllegalArgumentException("no input of " + ruleId + " is missing evidence");
    }
    return Results.missingFor(evaluation, ruleId, inputs);
  }

  /**
   * Whether any of the results still needs evidence.
   *
   * @param results the results
   * @return true if one of them is {@link Missing}
   * @since 0.2.0
   */
  static boolean anyMissing(List<RuleResult> results) {
    return results.stream().anyMatch(Missing.class::isInstance);
  }

  /**
   * An amount a rule yielded.
   *
   * @param value the amount
   * @param step the explaining step
   */
  record Amount(Money value, ExplanationStep step) implements RuleResult {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public Amount {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(step, "step");
      if (value.isNegative()) {
        throw new IllegalArgumentException(step.rule() + " yielded a negative amount " + value);
      }
    }
  }

  /**
   * Evidence a rule still needs.
   *
   * @param evidence the kinds missing, at least one
   * @param step the explaining step
   */
  record Missing(List<EvidenceKind> evidence, ExplanationStep step) implements RuleResult {
    /** Checks and copies the parts. */
    public Missing {
      evidence = List.copyOf(evidence);
      Objects.requireNonNull(step, "step");
      if (evidence.isEmpty()) {
        throw new IllegalArgumentException("a missing result names at least one evidence kind");
      }
    }
  }
}
