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
