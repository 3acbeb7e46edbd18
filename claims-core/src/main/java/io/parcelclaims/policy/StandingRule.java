package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;

/**
 * Who may claim under a rule set: the sender, the recipient, a beneficiary, or only some of them
 * for some claims. Pure and deterministic; put it in front of a policy with {@link GuardedPolicy}.
 *
 * @since 0.1.0
 */
public interface StandingRule {

  /** {@return the rule's id and version, which the answer's step names} */
  PolicyId id();

  /**
   * Whether the claim's claimant may claim.
   *
   * @param claim the claim
   * @param context its context
   * @return the answer; never null
   */
  StandingAnswer check(Claim claim, AssessmentContext context);
}
