package io.parcelclaims.rules.regime;

import static io.parcelclaims.rules.regime.RegimeClaims.claim;
import static io.parcelclaims.rules.regime.RegimeClaims.cny;
import static io.parcelclaims.rules.regime.RegimeClaims.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.ClaimHistory;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The regime chooser as the workflow's policy: a catalogue holding the chooser alone assesses EX-10
 * (a) (docs/worked-examples.md: Montreal, 3.4 kg, proved loss 15,000.00, carriage 2025-03-15, 1 SDR = 9.7000 CNY)
 * under the Montreal version in force on the date of carriage, with the workflow deriving the
 * governing date as it does for any catalogue.
 */
class RegimeThroughTheWorkflowTest {
  private static final Actor DESK = Actor.of(ActorId.of("cs-li"), ActorRole.CUSTOMER_SERVICE);
  private static final Actor INVESTIGATOR = Actor.of(ActorId.of("inv-wang"), ActorRole.INVESTIGATOR);
  private static final Actor ASSESSOR = Actor.of(ActorId.of("as-zhao"), ActorRole.ASSESSOR);
  private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final RegimeChooser CHOOSER = RegimeChooser.of(ConventionStates.none().withMontreal("CN", "US"));

  private final ClaimWorkflow workflow = ClaimWorkflow.of(
      PolicyCatalogue.of(RegimeChooser.ID, List.of(CHOOSER)), ServiceLevels.defaults(), ChineseCalendars.mainland2025to2026());
  private final Claim lost = claim(ClaimType.LOSS,
      shipment(Carrier.express("sf-express"), MailClass.EXPRESS, TransportMode.AIR, "CN", "US"));
  private ClaimHistory history = ClaimHistory.empty();
  private Instant clock = lost.reportedAt();
  private int commands;

  private List<ClaimEvent> accept(Actor actor, Function<CommandHeader, ClaimCommand> command) {
    clock = clock.plusSeconds(3600);
    Decision d = workflow.decide(history.state(), command.apply(CommandHeader.of(
        CommandId.of("cmd-" + ++commands), lost.id(), actor, clock, history.state().version())));
    assertTrue(d.isAccepted(), () -> "refused: " + d.reasons());
    history = history.append(d);
    return d.events();
  }

  @Test
  void ex10a_the_workflow_runs_the_rules_that_govern_the_claim() {
    // GIVEN EX-10 (a) reported, verified, found lost (theft), its value proved by an accepted invoice
    accept(DESK, h -> new ReportClaim(h, lost, Party.builder().ref(PartyRef.of("P-13")).name("Zhang Wei")
        .phone("+86 138 0013 8000").build(), List.of()));
    accept(DESK, h -> new VerifyClaim(h, Optional.empty()));
    accept(INVESTIGATOR, OpenInvestigation::new);
    accept(INVESTIGATOR, h -> new ConcludeInvestigation(h, InvestigationFinding.LOST, RootCause.THEFT));
    accept(DESK, h -> new SubmitEvidence(h, List.of(Evidence.builder().id(EvidenceId.of("inv-1"))
        .kind(EvidenceKind.PURCHASE_PROOF).submitter(Submitter.CLAIMANT).submittedAt(h.at())
        .document(DocumentReference.of(URI.create("s3://claims/inv-1.pdf"), DIGEST))
        .addStatedFacts(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, cny("15000.00"))).build())));
    accept(ASSESSOR, h -> new ReviewEvidence(h, EvidenceId.of("inv-1"), ReviewStatus.ACCEPTED));

    // WHEN
    ClaimAssessed assessed = (ClaimAssessed) accept(ASSESSOR, h -> new AssessClaim(h, AssessmentInputs.builder()
        .provedValue(cny("15000.00"))
        .sdrRate(new SdrRate(Currency.getInstance("CNY"), new BigDecimal("9.7000"), RegimeClaims.CARRIAGE))
        .build())).get(0);

    // THEN 26 × 3.4 = 88.4 SDR × 9.7000 = 857.48, named by the Montreal version, under the regime step
    Assessment a = assessed.assessment();
    assertEquals(RegimeClaims.CARRIAGE, assessed.context().governingDate());
    assertEquals(PolicyId.of(Conventions.MONTREAL_CARGO, "2024-12-28"), a.policy());
    assertEquals(cny("857.48"), a.total());
    assertEquals(RegimeChooser.ID + "@" + RegimeChooser.VERSION, a.ruleIds().get(0));
    assertEquals(CHOOSER.assess(lost, assessed.context()), a);
  }
}
