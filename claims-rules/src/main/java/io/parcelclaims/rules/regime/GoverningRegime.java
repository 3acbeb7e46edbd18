package io.parcelclaims.rules.regime;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationStep;
import java.util.Objects;
import java.util.Optional;

/**
 * The regime that governs a claim, the ready policy for it, and the explanation step that says why,
 * citing the articles that decide (docs/regimes.md, §5).
 *
 * @param regime the regime
 * @param policy the policy the chooser holds for it; empty for {@link Regime#NONE} unless the caller
 *     supplied one
 * @param explanation the step naming the regime and the facts it read; its rule is {@link
 *     RegimeChooser#ID}
 * @since 0.3.0
 */
public record GoverningRegime(Regime regime, Optional<CompensationPolicy> policy, ExplanationStep explanation) {
  /** Checks every part is present. */
  public GoverningRegime {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(explanation, "explanation");
  }
}
