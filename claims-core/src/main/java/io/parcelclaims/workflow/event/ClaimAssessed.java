package io.parcelclaims.workflow.event;

import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import java.util.List;
import java.util.Objects;

/**
 * The claim was assessed (docs/process.md, step 5). The event holds the whole assessment, which
 * names its policy as {@code id@version}, the context the policy was given (the assessor's inputs
 * that counted, with the governing date, zone, finding and root cause the workflow derived), and the
 * assessor's overrides, so replaying it never runs a policy again.
 *
 * <p>Stored as {@value #TYPE}, schema version 2 since 0.2.0 (version 1 had no root cause, wilful
 * misconduct or overrides; it is read as having none).
 *
 * @param header the claim, version, command, actor and time
 * @param assessment the policy's answer, with its explanation, or the workflow's request for the
 *     evidence that an input lacked
 * @param context what the policy was given besides the claim
 * @param overrides the inputs that counted without their evidence, with the assessor's reasons, in
 *     the order given; at most one per input
 * @since 0.1.0
 */
public record ClaimAssessed(
    EventHeader header, Assessment assessment, AssessmentContext context, List<InputOverride> overrides)
    implements ClaimEvent {
  /** The stable stored type name; never changes, whatever the class is called. */
  public static final String TYPE = "claim.assessed";

  /** Requires every part and copies lists. */
  public ClaimAssessed {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(context, "context");
    overrides = List.copyOf(overrides);
  }

  /**
   * An assessment with no overrides.
   *
   * @param header the claim, version, command, actor and time
   * @param assessment the policy's answer
   * @param context what the policy was given besides the claim
   */
  public ClaimAssessed(EventHeader header, Assessment assessment, AssessmentContext context) {
    this(header, assessment, context, List.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
