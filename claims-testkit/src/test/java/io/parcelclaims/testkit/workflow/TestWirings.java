package io.parcelclaims.testkit.workflow;

import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.OfferProposed;
import io.parcelclaims.workflow.event.OfferAccepted;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.Tariff;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.RejectionReason;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.EventHeader;
import io.parcelclaims.workflow.event.OfferApproved;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/** The wirings the testkit's own tests run the tester against. */
final class TestWirings {
  private TestWirings() {}

  /**
   * Core's default wiring: the seeds' 10-working-day target, a weekends-only calendar, and a tariff
   * in the shape of SF copy B (docs/worked-examples.md EX-04, EX-02).
   */
  static ClaimWorkflow defaultWorkflow() {
    Tariff.Builder tariff = Tariff.builder("testkit.sf-b", "2024.1")
        .effective(EffectivePeriod.from(LocalDate.of(2024, 1, 1)))
        .line(LineKind.COMPENSATION, Remedy.CASH, Policies.firstApplicable("testkit.compensation",
            Policies.when(Policies.claimType(ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS),
                Policies.assessedLoss().cappedAt("testkit.loss-cap", Policies.feeMultiple("testkit.fee-x7", 7))),
            Policies.when(Policies.insured(), Policies.minOf("testkit.insured-loss",
                Policies.insuredAmount(), Policies.provedValue())),
            Policies.otherwise(Policies.provedValue().cappedAtContested("testkit.cap",
                Policies.feeMultiple("testkit.fee-x7", 7)))))
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND, Policies.shippingFee());
    BusinessCalendar calendar = BusinessCalendar.weekendsOnly(ZoneId.of("Asia/Shanghai"), Year.of(2025), Year.of(2026));
    return ClaimWorkflow.of(PolicyCatalogue.of("testkit.sf-b", List.of(tariff.build())), ServiceLevels.defaults(),
        calendar);
  }

  /**
   * A deliberately broken wiring: an approval its approver's limit does not cover goes through, as
   * if the authority check were missing.
   */
  static WorkflowWiring approvalIgnoringAuthority() {
    WorkflowWiring sound = WorkflowWiring.of(defaultWorkflow());
    return new WorkflowWiring() {
      @Override
      public Decision decide(ClaimState state, ClaimCommand command) {
        Decision d = sound.decide(state, command);
        if (command instanceof ApproveOffer a && d.reasons().equals(List.of(RejectionReason.ABOVE_AUTHORITY_LIMIT))) {
          CommandHeader h = a.header();
          EventHeader eh = new EventHeader(h.claimId(), state.version() + 1, h.commandId(), h.actor().id(),
              h.actor().role(), h.at());
          return Decision.accepted(h.commandId(), List.of(new OfferApproved(eh, a.assessmentVersion(), a.offerVersion())));
        }
        return d;
      }

      @Override
      public ClaimState evolve(ClaimState state, ClaimEvent event) {
        return sound.evolve(state, event);
      }
    };
  }

  /** A wiring that lets a claimant accept an offer still under review. */
  static WorkflowWiring acceptanceBeforeApproval() {
    WorkflowWiring sound = WorkflowWiring.of(defaultWorkflow());
    return broken(sound, (state, command, d) -> {
      if (command instanceof AcceptOffer && d.reasons().equals(List.of(RejectionReason.OFFER_UNDER_REVIEW))) {
        return Decision.accepted(command.commandId(),
            List.of(new OfferAccepted(header(state, command), state.offer().orElseThrow().version())));
      }
      return d;
    });
  }

  /** A wiring that takes an offer above the assessment as if it were within it. */
  static WorkflowWiring offerAboveTheAssessment() {
    WorkflowWiring sound = WorkflowWiring.of(defaultWorkflow());
    return broken(sound, (state, command, d) -> {
      if (command instanceof ProposeOffer p && d.reasons().equals(List.of(RejectionReason.OFFER_ABOVE_ASSESSMENT))) {
        return Decision.accepted(command.commandId(), List.of(new OfferProposed(header(state, command), p.lines(),
            p.paymentMethod(), state.assessmentVersion(), !command.actor().mayCommit(p.total()))));
      }
      return d;
    });
  }

  /** A wiring that records the assessor's proved value in the context whatever the evidence. */
  static WorkflowWiring unprovenValueCounts() {
    WorkflowWiring sound = WorkflowWiring.of(defaultWorkflow());
    return broken(sound, (state, command, d) -> {
      if (command instanceof AssessClaim a && d.isAccepted() && d.events().get(0) instanceof ClaimAssessed e) {
        AssessmentContext c = e.context();
        AssessmentContext all = AssessmentContext.builder().inputs(a.inputs()).governingDate(c.governingDate())
            .zone(c.zone()).finding(c.finding()).rootCause(c.rootCause()).build();
        List<ClaimEvent> events = new java.util.ArrayList<>(d.events());
        events.set(0, new ClaimAssessed(e.header(), e.assessment(), all, e.overrides()));
        return Decision.accepted(command.commandId(), events);
      }
      return d;
    });
  }

  private interface Breakage {
    Decision apply(ClaimState state, ClaimCommand command, Decision sound);
  }

  private static WorkflowWiring broken(WorkflowWiring sound, Breakage breakage) {
    return new WorkflowWiring() {
      @Override
      public Decision decide(ClaimState state, ClaimCommand command) {
        return breakage.apply(state, command, sound.decide(state, command));
      }

      @Override
      public ClaimState evolve(ClaimState state, ClaimEvent event) {
        return sound.evolve(state, event);
      }
    };
  }

  private static EventHeader header(ClaimState state, ClaimCommand command) {
    CommandHeader h = command.header();
    return new EventHeader(h.claimId(), state.version() + 1, h.commandId(), h.actor().id(), h.actor().role(), h.at());
  }
}
