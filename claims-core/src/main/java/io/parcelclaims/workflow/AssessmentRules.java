package io.parcelclaims.workflow;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.event.ClaimAssessed;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 5, assessing: the only place the workflow runs a policy. The assessed event records the whole
 * assessment and the context, so that replay never runs one.
 */
final class AssessmentRules {
  private static final Logger LOG = LoggerFactory.getLogger(ClaimWorkflow.class);

  private AssessmentRules() {}

  static void assess(Draft d, AssessClaim c, PolicyCatalogue catalogue, ZoneId zone) {
    Claim claim = d.state().claim().orElseThrow();
    Optional<CompensationPolicy> policy = catalogue.governing(claim, zone);
    if (policy.isEmpty()) {
      d.reject(RejectionReason.NO_POLICY_IN_FORCE);
      return;
    }
    AssessmentContext context = context(d.state(), claim, c.inputs(), catalogue, zone);
    Assessment assessment;
    try {
      assessment = policy.get().assess(claim, context);
    } catch (RuntimeException e) {
      // the exception's message may quote the claim, so only its type is logged
      LOG.debug("policy {} failed on claim {} ({})", policy.get().id(), claim.id(), e.getClass().getName());
      d.reject(RejectionReason.POLICY_FAILED);
      return;
    }
    if (assessment == null || !assessment.currency().equals(claim.shipment().currency())) {
      d.reject(RejectionReason.POLICY_FAILED);
      return;
    }
    d.emit(h -> new ClaimAssessed(h, assessment, context));
  }

  private static AssessmentContext context(
      ClaimState state, Claim claim, AssessmentInputs in, PolicyCatalogue catalogue, ZoneId zone) {
    return AssessmentContext.builder()
        .inputs(in)
        .governingDate(catalogue.governingDate().of(claim, zone))
        .zone(zone)
        .finding(state.finding())
        .build();
  }
}
