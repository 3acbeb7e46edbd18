package io.parcelclaims.workflow;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.InputOverride;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 5, assessing: the only place the workflow runs a policy. The assessed event records the whole
 * assessment and the context, so that replay never runs one.
 *
 * <p>The context is the command's inputs plus what the workflow derives ({@link
 * AssessClaim#DERIVED_BY_THE_WORKFLOW}). An evidenced input (proved value, assessed loss) without
 * accepted evidence of its kind on the claim and without an override is left out of the context; if
 * the policy then prices the claim or asks for evidence, the answer becomes a request for the
 * evidence missing, so an unproven amount never prices a claim. A denial on other grounds stands.
 */
final class AssessmentHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ClaimWorkflow.class);

  private AssessmentHandlers() {}

  static void assess(Draft d, AssessClaim c, PolicyCatalogue catalogue, ZoneId zone) {
    Claim claim = d.state().claim().orElseThrow();
    Optional<CompensationPolicy> policy = catalogue.governing(claim, zone);
    if (policy.isEmpty()) {
      d.reject(RejectionReason.NO_POLICY_IN_FORCE);
      return;
    }
    List<EvidencedInput> unproven = unproven(claim, c);
    AssessmentContext context = context(d.state(), claim, c.inputs(), unproven, catalogue, zone);
    Assessment answer;
    try {
      answer = policy.get().assess(claim, context);
    } catch (RuntimeException e) {
      // the exception's message may quote the claim, so only its type is logged
      LOG.debug("policy {} failed on claim {} ({})", policy.get().id(), claim.id(), e.getClass().getName());
      d.reject(RejectionReason.POLICY_FAILED);
      return;
    }
    if (answer == null || !answer.currency().equals(claim.shipment().currency())) {
      d.reject(RejectionReason.POLICY_FAILED);
      return;
    }
    Assessment assessment = unproven.isEmpty() || answer.outcome() == Outcome.DENIED
        ? answer
        : needsEvidence(answer, unproven, c.inputs());
    List<InputOverride> overrides = c.overrides();
    d.emit(h -> new ClaimAssessed(h, assessment, context, overrides));
  }

  /** The evidenced inputs the command sets that neither accepted evidence nor an override backs. */
  static List<EvidencedInput> unproven(Claim claim, AssessClaim c) {
    List<EvidencedInput> unproven = new ArrayList<>();
    for (EvidencedInput input : EvidencedInput.values()) {
      boolean set = input.valueIn(c.inputs()).isPresent();
      boolean overridden = c.overrides().stream().anyMatch(o -> o.input() == input);
      boolean backed = input.isBackedOn(claim);
      if (set && !overridden && !backed) {
        unproven.add(input);
      }
    }
    return unproven;
  }

  private static AssessmentContext context(
      ClaimState state,
      Claim claim,
      AssessmentInputs in,
      List<EvidencedInput> unproven,
      PolicyCatalogue catalogue,
      ZoneId zone) {
    AssessmentContext.Builder b = AssessmentContext.builder().inputs(in);
    if (unproven.contains(EvidencedInput.PROVED_VALUE)) {
      b.provedValue(Optional.empty());
    }
    if (unproven.contains(EvidencedInput.ASSESSED_LOSS)) {
      b.assessedLoss(Optional.empty());
    }
    b.governingDate(catalogue.governingDate().of(claim, zone))
        .zone(zone)
        .finding(state.finding())
        .rootCause(state.rootCause());
    return b.build();
  }

  /**
   * The answer when an input lacks its evidence: what is missing, and no amount. When the policy,
   * run without the unproven inputs, already asks for their evidence, its own answer stands; else the
   * workflow's step names the evidence and the unproven amounts, above the policy's own request for
   * evidence if it made one.
   */
  private static Assessment needsEvidence(
      Assessment answer, List<EvidencedInput> unproven, AssessmentInputs in) {
    if (answer.outcome() == Outcome.NEEDS_EVIDENCE
        && unproven.stream().allMatch(u -> answer.missingEvidence().contains(u.evidence()))) {
      return answer;
    }
    Set<EvidenceKind> missing = new LinkedHashSet<>();
    unproven.forEach(u -> missing.add(u.evidence()));
    if (answer.outcome() == Outcome.NEEDS_EVIDENCE) {
      missing.addAll(answer.missingEvidence());
    }
    ExplanationStep.Builder step = ExplanationStep.builder()
        .rule(answer.policy())
        .messageKey("explain.evidence-missing")
        .addArguments(MessageArg.code(
            missing.stream().map(EvidenceKind::code).collect(Collectors.joining(", "))));
    for (EvidencedInput u : unproven) {
      step.addFacts(new Fact(u.code(), MessageArg.money(u.valueIn(in).orElseThrow())));
    }
    if (answer.outcome() == Outcome.NEEDS_EVIDENCE) {
      step.addChildren(answer.explanation());
    }
    return Assessment.builder()
        .policy(answer.policy())
        .outcome(Outcome.NEEDS_EVIDENCE)
        .addAllMissingEvidence(missing)
        .currency(answer.currency())
        .explanation(step.build())
        .build();
  }
}
