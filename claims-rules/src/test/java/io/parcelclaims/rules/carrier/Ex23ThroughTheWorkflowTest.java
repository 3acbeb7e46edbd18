package io.parcelclaims.rules.carrier;

import static io.parcelclaims.rules.carrier.CarrierClaims.claim;
import static io.parcelclaims.rules.carrier.CarrierClaims.cny;
import static io.parcelclaims.rules.carrier.CarrierClaims.context;
import static io.parcelclaims.rules.carrier.CarrierClaims.domestic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.ClaimHistory;
import io.parcelclaims.workflow.ClaimStatus;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.RejectionReason;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RejectClaim;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * EX-23 through {@link ClaimWorkflow} (docs/worked-examples.md, issue 12): SF-B, uninsured, freight 18.00,
 * proved value 780.00, lost; the investigation closes with "not the carrier's liability", root
 * cause force majeure (Civil Code Art. 832). The finding reaches the policy without being entered
 * again, and the answer is the one the policy gives called directly with the defence entered by
 * hand: DENIED, force majeure, no alternative.
 */
class Ex23ThroughTheWorkflowTest {
  private static final Actor DESK = Actor.of(ActorId.of("cs-li"), ActorRole.CUSTOMER_SERVICE);
  private static final Actor INVESTIGATOR = Actor.of(ActorId.of("inv-wang"), ActorRole.INVESTIGATOR);
  private static final Actor ASSESSOR = Actor.of(ActorId.of("as-zhao"), ActorRole.ASSESSOR);
  private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final ClaimWorkflow workflow = ClaimWorkflow.of(
      PolicyCatalogue.of(Carriers.SF_DOMESTIC_COPY_B, List.of(Carriers.sfDomesticCopyB())),
      ServiceLevels.defaults(), ChineseCalendars.mainland2025to2026());
  private final Claim lost = claim(ClaimType.LOSS, domestic("CNY", "18.00"));
  private ClaimHistory history = ClaimHistory.empty();
  private Instant clock = Instant.parse("2025-03-20T02:00:00Z");
  private int commands;

  private Decision decide(Actor actor, Function<CommandHeader, ClaimCommand> command) {
    clock = clock.plusSeconds(3600);
    return workflow.decide(history.state(), command.apply(CommandHeader.of(
        CommandId.of("cmd-" + ++commands), lost.id(), actor, clock, history.state().version())));
  }

  private List<ClaimEvent> accept(Actor actor, Function<CommandHeader, ClaimCommand> command) {
    Decision d = decide(actor, command);
    assertTrue(d.isAccepted(), () -> "refused: " + d.reasons());
    history = history.append(d);
    return d.events();
  }

  /** Runs EX-23 to its assessment; returns it after checking it equals the direct call's. */
  private Assessment assessedThroughTheWorkflow() {
    accept(DESK, h -> new ReportClaim(h, lost, Party.builder().ref(PartyRef.of("P-1")).name("Zhang Wei")
        .phone("+86 138 0013 8000").build(), List.of()));
    accept(DESK, h -> new VerifyClaim(h, Optional.empty()));
    accept(INVESTIGATOR, OpenInvestigation::new);
    accept(INVESTIGATOR, h -> new ConcludeInvestigation(h, InvestigationFinding.NOT_CARRIERS_LIABILITY,
        RootCause.FORCE_MAJEURE));
    accept(DESK, h -> new SubmitEvidence(h, List.of(Evidence.builder().id(EvidenceId.of("rcpt-1"))
        .kind(EvidenceKind.PURCHASE_PROOF).submitter(Submitter.CLAIMANT).submittedAt(h.at())
        .document(DocumentReference.of(URI.create("s3://claims/rcpt-1.pdf"), DIGEST))
        .addStatedFacts(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, cny("780.00"))).build())));
    accept(ASSESSOR, h -> new ReviewEvidence(h, EvidenceId.of("rcpt-1"), ReviewStatus.ACCEPTED));

    // the assessor enters the value only; no defence is typed
    ClaimAssessed assessed = (ClaimAssessed) accept(ASSESSOR, h -> new AssessClaim(h,
        AssessmentInputs.builder().provedValue(cny("780.00")).build())).get(0);

    Assessment a = assessed.assessment();
    assertEquals(List.of(), assessed.context().defences());
    assertEquals(List.of(DenialReason.FORCE_MAJEURE), assessed.context().establishedDefences());
    Assessment direct = Carriers.sfDomesticCopyB().assess(history.state().claim().orElseThrow(),
        context().provedValue(cny("780.00")).finding(InvestigationFinding.NOT_CARRIERS_LIABILITY)
            .addDefences(DenialReason.FORCE_MAJEURE).build());
    assertEquals(direct.outcome(), a.outcome());
    assertEquals(direct.denialReasons(), a.denialReasons());
    assertEquals(direct.lines(), a.lines());
    assertEquals(direct.ruleIds(), a.ruleIds());
    assertEquals(direct.alternative().map(x -> x.total()), a.alternative().map(x -> x.total()));
    return a;
  }

  @Test
  void ex_23_the_investigations_root_cause_gives_the_answer_of_the_defence_entered_by_hand() {
    assessedThroughTheWorkflow();
  }

  @Test
  void ex_23_the_investigations_force_majeure_denies_the_claim_without_being_entered_again() {
    Assessment a = assessedThroughTheWorkflow();

    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.FORCE_MAJEURE), a.denialReasons());
    assertEquals(Optional.empty(), a.alternative());

    // no offer on a denied claim unless goodwill; the desk rejects with the assessment's reasons
    assertEquals(List.of(RejectionReason.OFFER_ON_DENIED_CLAIM), decide(ASSESSOR,
        h -> new ProposeOffer(h, List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("126.00"))),
            PaymentMethod.ALIPAY)).reasons());
    accept(ASSESSOR, h -> new RejectClaim(h, a.denialReasons()));
    assertEquals(ClaimStatus.REJECTED, history.state().status());
    assertEquals(List.of(DenialReason.FORCE_MAJEURE), history.state().denialReasons());
  }
}
