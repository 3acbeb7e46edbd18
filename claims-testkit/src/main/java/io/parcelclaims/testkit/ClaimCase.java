package io.parcelclaims.testkit;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.internal.Describe;
import java.util.Objects;

/**
 * A claim and the context it is assessed in: what a {@link io.parcelclaims.policy.CompensationPolicy}
 * receives. The context's amounts are in the claim's currency and its governing date is the claim's
 * acceptance date in the context's zone.
 *
 * <p>{@link #toString()} lists every attribute a policy can read, leaving out empty and default ones
 * and the claim's free text, so that a shrunk counterexample reads in two lines.
 *
 * @param claim the claim
 * @param context its context
 * @since 0.1.0
 */
public record ClaimCase(Claim claim, AssessmentContext context) {

  /** Checks both parts are present. */
  public ClaimCase {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(context, "context");
  }

  /** {@return the claim and the context, one line each} */
  @Override
  public String toString() {
    return "claim: " + Describe.claim(claim) + "\n  context: " + Describe.context(context);
  }
}
