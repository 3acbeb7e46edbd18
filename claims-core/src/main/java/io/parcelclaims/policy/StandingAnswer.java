package io.parcelclaims.policy;

import java.util.Objects;

/**
 * A {@link StandingRule}'s answer: whether the claimant may claim under the rule set, and the step
 * explaining why. A claimant who may not is denied with {@link
 * io.parcelclaims.claim.DenialReason#NOT_ENTITLED_TO_CLAIM}.
 *
 * @param entitled whether the claimant may claim
 * @param step the step explaining the answer
 * @since 0.1.0
 */
public record StandingAnswer(boolean entitled, ExplanationStep step) {

  /** Checks the step is present. */
  public StandingAnswer {
    Objects.requireNonNull(step, "step");
  }

  /**
   * The claimant may claim.
   *
   * @param step the explaining step
   * @return the answer
   */
  public static StandingAnswer entitled(ExplanationStep step) {
    return new StandingAnswer(true, step);
  }

  /**
   * The claimant may not claim.
   *
   * @param step the explaining step
   * @return the answer
   */
  public static StandingAnswer notEntitled(ExplanationStep step) {
    return new StandingAnswer(false, step);
  }
}
