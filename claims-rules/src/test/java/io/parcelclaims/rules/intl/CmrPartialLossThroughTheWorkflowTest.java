package io.parcelclaims.rules.intl;

import static io.parcelclaims.rules.intl.IntlClaims.EX_10A_CARRIAGE;
import static io.parcelclaims.rules.intl.IntlClaims.SDR_RATE;
import static io.parcelclaims.rules.intl.IntlClaims.byRoad;
import static io.parcelclaims.rules.intl.IntlClaims.claim;
import static io.parcelclaims.rules.intl.IntlClaims.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.money.Money;
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
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.RequestEvidence;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a CMR partial loss leaves needs-evidence through the workflow once the weight short is
 * established, and the workflow's answer is the policy's called directly. EX-13's consignment (120
 * kg, charges 1,200.00, 1 SDR = 9.7000 CNY), 3.4 kg of it short, assessed loss 1,500.00, as in
 * {@code CmrTest}: 8.33 × 3.4 × 9.7000 = 274.72 plus charges pro rata 34.00 = 308.72 (Art. 23(3),
 * 23(4)).
 */
class CmrPartialLossThroughTheWorkflowTest {
  private static final Actor DESK = Actor.of(ActorId.of("cs-li"), ActorRole.CUSTOMER_SERVICE);
  private static final Actor INVESTIGATOR = Actor.of(ActorId.of("inv-wang"), ActorRole.INVESTIGATOR);
  /** An assessor who may commit up to CNY 500.00 alone (a test figure, not a rule). */
  private static final Actor ASSESSOR = Actor.builder().id(ActorId.of("as-zhao")).role(ActorRole.ASSESSOR)
      .addAuthorityLimits(Money.of("CNY", "500.00")).build();
  private static final Actor FINANCE = Actor.of(ActorId.of("fin-sun"), ActorRole.FINANCE);
  private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final ClaimWorkflow workflow = ClaimWorkflow.of(
      PolicyCatalogue.of(Conventions.CMR, List.of(Conventions.cmr())), ServiceLevels.defaults(),
      ChineseCalendars.mainland2025to2026());
  private ClaimHistory history = ClaimHistory.empty();
  private Instant clock = EX_10A_CARRIAGE.plusDays(10).atStartOfDay(IntlClaims.SHANGHAI).toInstant();
  private int commands;

  private List<ClaimEvent> accept(Actor actor, Function<CommandHeader, ClaimCommand> command) {
    clock = clock.plusSeconds(3600);
    Claim claim = history.state().claim().orElse(shortClaim());
    Decision d = workflow.decide(history.state(), command.apply(CommandHeader.of(
        CommandId.of("cmd-" + ++commands), claim.id(), actor, clock, history.state().version())));
    assertTrue(d.isAccepted(), () -> "refused: " + d.reasons());
    history = history.append(d);
    return d.events();
  }

  private static Claim shortClaim() {
    return claim(ClaimType.SHORT_CONTENTS, byRoad(EX_10A_CARRIAGE, "120", "CNY", "1200.00"));
  }

  private Assessment assessed(List<ClaimEvent> events) {
    ClaimAssessed a = (ClaimAssessed) events.get(0);
    // the same answer as the policy called directly with the context the event records
    assertEquals(Conventions.cmr().assess(history.state().claim().orElseThrow(), a.context()), a.assessment());
    return a.assessment();
  }

  @Test
  void a_cmr_partial_loss_runs_from_report_to_payment_with_the_weight_short_and_the_policys_own_answer() {
    accept(DESK, h -> new ReportClaim(h, shortClaim(), Party.builder().ref(PartyRef.of("P-1")).name("Anna Nowak")
        .phone("+48 600 000 000").build(), List.of()));
    accept(DESK, h -> new VerifyClaim(h, Optional.empty()));
    accept(INVESTIGATOR, OpenInvestigation::new);
    accept(INVESTIGATOR, h -> new ConcludeInvestigation(h, InvestigationFinding.SHORT, RootCause.THEFT));

    // the weight short is not known yet: CMR asks for the inspection report, and the loss its backing
    Assessment first = assessed(accept(ASSESSOR, h -> new AssessClaim(h,
        AssessmentInputs.builder().assessedLoss(cny("1500.00")).sdrRate(SDR_RATE).build())));
    assertEquals(Outcome.NEEDS_EVIDENCE, first.outcome());
    assertEquals(List.of(EvidenceKind.REPAIR_ESTIMATE, EvidenceKind.INSPECTION), first.missingEvidence());

    accept(ASSESSOR, h -> new RequestEvidence(h, List.of(EvidenceKind.INSPECTION)));
    accept(DESK, h -> new SubmitEvidence(h, List.of(Evidence.builder().id(EvidenceId.of("insp-1"))
        .kind(EvidenceKind.INSPECTION).submitter(Submitter.STAFF).submittedAt(h.at())
        .document(DocumentReference.of(URI.create("s3://claims/insp-1.pdf"), DIGEST)).build())));
    accept(ASSESSOR, h -> new ReviewEvidence(h, EvidenceId.of("insp-1"), ReviewStatus.ACCEPTED));

    // the inspection weighed 3.4 kg short: the inputs carry it, and the claim leaves needs-evidence
    Assessment priced = assessed(accept(ASSESSOR, h -> new AssessClaim(h, AssessmentInputs.builder()
        .assessedLoss(cny("1500.00")).affectedWeightKg(new BigDecimal("3.4")).sdrRate(SDR_RATE).build())));
    assertEquals(Outcome.PAYABLE, priced.outcome());
    assertEquals(cny("308.72"), priced.total());
    assertEquals(List.of(
            "intl.cmr.art23@1956",
            "intl.cmr.applies@1956",
            "intl.cmr.compensation@1956",
            "intl.cmr.partial-loss-cap@1956",
            "value.assessed-loss@1956",
            "intl.cmr.limit@1956",
            "intl.cmr.per-kg-limit@1956",
            "intl.cmr.charges@1956"),
        priced.ruleIds());

    accept(ASSESSOR, h -> new ProposeOffer(h, priced.lines(), PaymentMethod.BANK_TRANSFER));
    accept(DESK, AcceptOffer::new);
    accept(FINANCE, h -> new RecordPayment(h, PaymentReference.of("PAY-1"), cny("308.72"), PaymentMethod.BANK_TRANSFER));
    assertEquals(ClaimStatus.PAID, history.state().status());
    assertEquals(Optional.of(cny("308.72")), history.state().paid());
  }
}
