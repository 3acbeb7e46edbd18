package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;

/**
 * A payout rule set: given a claim and the facts around it, says whether and how much the carrier
 * pays, and why.
 *
 * <p>Implementations are pure and deterministic: equal claims and contexts give equal assessments
 * with equal explanations; they read no clock, random source, environment or mutable state. Most
 * policies are composed with {@link Tariff}; a policy author may also implement this interface.
 *
 * @since 0.1.0
 */
public interface CompensationPolicy {

  /** {@return the policy's id and version} */
  PolicyId id();

  /** {@return the dates on which this version is in force} */
  EffectivePeriod period();

  /**
   * Assesses a claim.
   *
   * @param claim the claim
   * @param context what the rule needs that is not in the claim, including the governing date
   * @return the assessment; never null
   * @throws IllegalArgumentException if the context's governing date is outside {@link #period()}
   */
  Assessment assess(Claim claim, AssessmentContext context);
}
