package io.parcelclaims.policy;

import java.util.Objects;

/**
 * One alternative of {@link Policies#firstApplicable}: a condition and the rule it selects.
 *
 * @param when the condition
 * @param rule the rule applied when the condition holds
 * @since 0.1.0
 */
public record Branch(Condition when, AmountRule rule) {
  /** Checks both parts are present. */
  public Branch {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(rule, "rule");
  }
}
