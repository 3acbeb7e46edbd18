package io.parcelclaims.testkit.workflow;

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
   * in the shape of SF copy B (DOMAIN.md §8 EX-04, EX-02).
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
}
