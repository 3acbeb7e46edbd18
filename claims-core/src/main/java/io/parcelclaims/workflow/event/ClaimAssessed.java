package io.parcelclaims.workflow.event;

import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import java.util.Objects;

/**
 * The claim was assessed (DOMAIN.md §1, step 5). The event holds the whole assessment, which
 * names its policy as {@code id@version}, and the context the policy was given, so replaying it
 * never runs a policy again.
 *
 * <p>Stored as {@value #TYPE}.
 *
 * @param header the claim, version, command, actor and time
 * @param assessment the policy's answer, with its explanation
 * @param context what the policy was given besides the claim
 * @since 0.1.0
 */
public record ClaimAssessed(EventHeader header, Assessment assessment, AssessmentContext context) implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.assessed";

  /** Requires every part and copies lists. */
  public ClaimAssessed {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(context, "context");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
