package io.parcelclaims.rules.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.ClaimHistory;
import io.parcelclaims.workflow.ClaimStatus;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.RecordRecovery;
import io.parcelclaims.workflow.command.ReopenClaim;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.VerifyClaim;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** docs/worked-examples.md EX-14: EX-04's loss, paid, then found; the FOUND-AFTER-PAYMENT policy ([U]). */
class FoundAfterPaymentTest {
  /** EX-04's payment: 126.00 compensation (7 × 18.00) and the 18.00 freight waived. */
  private static final List<SettlementLine> EX_04_PAID = List.of(
      SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, cny("126.00")),
      SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00")));

  private static final Actor DESK = Actor.of(ActorId.of("cs-1"), ActorRole.CUSTOMER_SERVICE);
  private static final Actor INVESTIGATOR = Actor.of(ActorId.of("inv-1"), ActorRole.INVESTIGATOR);
  private static final Actor ASSESSOR = Actor.builder().id(ActorId.of("as-1")).role(ActorRole.ASSESSOR)
      .addAuthorityLimits(cny("500.00")).build();
  private static final Actor CLAIMANT = Actor.of(ActorId.of("claimant-1"), ActorRole.CLAIMANT);
  private static final Actor FINANCE = Actor.of(ActorId.of("fin-1"), ActorRole.FINANCE);
  private static final ClaimId ID = ClaimId.of("C-EX-14");

  private ClaimHistory history = ClaimHistory.empty();
  private int commands;

  @Test
  void a_claimant_who_accepts_the_found_parcel_returns_the_compensation_and_keeps_the_fee_refund() {
    Recovery r = FoundAfterPayment.defaults().afterPayment(EX_04_PAID, true);

    assertEquals(cny("126.00"), r.due());
    assertEquals(cny("18.00"), r.kept());
    assertFalse(r.goodsKeptAsSalvage());
    assertEquals("found-after-payment@2026.1", r.policy().toString());
  }

  @Test
  void a_claimant_who_refuses_the_late_parcel_returns_nothing_and_the_carrier_keeps_the_goods() {
    Recovery r = FoundAfterPayment.defaults().afterPayment(EX_04_PAID, false);

    assertEquals(cny("0.00"), r.due());
    assertEquals(cny("144.00"), r.kept());
    assertTrue(r.goodsKeptAsSalvage());
  }

  @Test
  void a_parcel_found_before_payment_converts_the_claim_to_delay_with_the_fee_refund_only() {
    List<SettlementLine> payable = FoundAfterPayment.defaults().beforePayment(EX_04_PAID);

    assertEquals(List.of(SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, cny("18.00"))), payable);
  }

  @Test
  void a_carrier_may_override_what_the_claimant_keeps() {
    FoundAfterPayment generous = FoundAfterPayment.keeping(PolicyId.of("acme.found-after-payment", "1"),
        List.of(LineKind.FEE_REFUND, LineKind.COMPENSATION));
    FoundAfterPayment strict = FoundAfterPayment.keeping(PolicyId.of("acme.found-after-payment", "2"), List.of());

    assertEquals(cny("0.00"), generous.afterPayment(EX_04_PAID, true).due());
    assertEquals(cny("144.00"), strict.afterPayment(EX_04_PAID, true).due());
    assertEquals(PolicyId.of("acme.found-after-payment", "2"), strict.afterPayment(EX_04_PAID, true).policy());
  }

  @Test
  void the_workflow_reopens_the_paid_claim_and_records_the_recovery_the_policy_decides() {
    ClaimWorkflow workflow = ClaimWorkflow.of(
        PolicyCatalogue.of(Carriers.SF_DOMESTIC_COPY_B, List.of(Carriers.sfDomesticCopyB())),
        ServiceLevels.defaults(), ChineseCalendars.mainland2025to2026());
    run(workflow, DESK, "2025-05-12T02:00:00Z", h -> new ReportClaim(h, ex04Claim(), claimant(), List.of()));
    run(workflow, DESK, "2025-05-12T04:00:00Z", h -> new VerifyClaim(h, Optional.empty()));
    run(workflow, INVESTIGATOR, "2025-05-13T02:00:00Z", OpenInvestigation::new);
    run(workflow, INVESTIGATOR, "2025-05-15T02:00:00Z",
        h -> new ConcludeInvestigation(h, InvestigationFinding.LOST, RootCause.UNKNOWN));
    // EX-04's value is proved by an invoice: the proved value counts once the invoice is accepted
    run(workflow, CLAIMANT, "2025-05-15T04:00:00Z", h -> new io.parcelclaims.workflow.command.SubmitEvidence(h,
        List.of(io.parcelclaims.claim.Evidence.builder().id(io.parcelclaims.claim.EvidenceId.of("invoice-1"))
            .kind(io.parcelclaims.claim.EvidenceKind.PURCHASE_PROOF)
            .submitter(io.parcelclaims.claim.Submitter.CLAIMANT).submittedAt(h.at())
            .document(io.parcelclaims.claim.DocumentReference.of(java.net.URI.create("s3://claims/invoice-1.pdf"),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
            .build())));
    run(workflow, ASSESSOR, "2025-05-15T06:00:00Z", h -> new io.parcelclaims.workflow.command.ReviewEvidence(h,
        io.parcelclaims.claim.EvidenceId.of("invoice-1"), io.parcelclaims.claim.ReviewStatus.ACCEPTED));
    run(workflow, ASSESSOR, "2025-05-16T02:00:00Z",
        h -> new AssessClaim(h, AssessmentInputs.builder().provedValue(cny("780.00")).build()));
    List<SettlementLine> assessed = history.state().assessment().orElseThrow().lines();
    assertEquals(EX_04_PAID, assessed, "EX-04 under the SF copy B preset");
    run(workflow, ASSESSOR, "2025-05-16T03:00:00Z", h -> new ProposeOffer(h, assessed, PaymentMethod.ALIPAY));
    run(workflow, CLAIMANT, "2025-05-17T02:00:00Z", AcceptOffer::new);
    run(workflow, FINANCE, "2025-05-20T02:00:00Z",
        h -> new RecordPayment(h, PaymentReference.of("PAY-1"), cny("144.00"), PaymentMethod.ALIPAY));
    run(workflow, DESK, "2025-05-21T02:00:00Z", ConfirmReceipt::new);
    run(workflow, DESK, "2025-05-21T03:00:00Z", CloseClaim::new);

    // 2025-05-28: the parcel turns up intact and the claimant accepts delivery
    run(workflow, DESK, "2025-05-28T02:00:00Z", h -> new ReopenClaim(h, ReopenReason.PARCEL_FOUND));
    Recovery recovery = FoundAfterPayment.defaults()
        .afterPayment(history.state().bindingOffer().orElseThrow().lines(), true);
    run(workflow, FINANCE, "2025-05-28T03:00:00Z",
        h -> new RecordRecovery(h, recovery.due(), Optional.of(recovery.policy())));

    assertEquals(ClaimStatus.REOPENED, history.state().status());
    assertEquals(Optional.of(cny("144.00")), history.state().paid());
    assertEquals(Optional.of(cny("126.00")), history.state().recovered());
    assertEquals(cny("18.00"), history.state().paid().orElseThrow().minus(history.state().recovered().orElseThrow()));
    run(workflow, DESK, "2025-05-28T04:00:00Z", CloseClaim::new);
    assertEquals(ClaimStatus.CLOSED, history.state().status());
  }

  private void run(ClaimWorkflow workflow, Actor actor, String at, Function<CommandHeader, ClaimCommand> command) {
    CommandHeader h = CommandHeader.of(CommandId.of("cmd-" + ++commands), ID, actor, Instant.parse(at),
        history.state().version());
    Decision d = workflow.decide(history.state(), command.apply(h));
    assertTrue(d.isAccepted(), () -> "refused: " + d.reasons());
    history = history.append(d);
  }

  private static Claim ex04Claim() {
    Shipment shipment = Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(Instant.parse("2025-05-10T02:00:00Z"))
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(cny("18.00"))
        .build();
    return Claim.builder()
        .id(ID)
        .type(ClaimType.LOSS)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-14"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(Instant.parse("2025-05-12T02:00:00Z"))
        .description("parcel never arrived")
        .amountClaimed(cny("780.00"))
        .build();
  }

  private static Party claimant() {
    return Party.builder().ref(PartyRef.of("P-14")).name("Li Na").phone("+86 139 0000 1111").build();
  }

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }
}
