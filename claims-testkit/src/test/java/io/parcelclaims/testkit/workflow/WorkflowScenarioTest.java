package io.parcelclaims.testkit.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.workflow.ClaimStatus;
import io.parcelclaims.workflow.RejectionReason;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** The given/when/then helper: "given" is replay, "then" checks events, rejections or state. */
class WorkflowScenarioTest {
  private static final ClaimId CLAIM = ClaimId.of("C-TEST-1");
  private final WorkflowWiring wiring = WorkflowWiring.of(TestWirings.defaultWorkflow());

  @Example
  void a_verification_by_customer_service_is_accepted_and_by_the_claimant_refused() {
    List<ClaimEvent> reported = reportedClaim();

    WorkflowScenario.given(wiring, reported)
        .when(verify(Actor.of(ActorId.of("cs-1"), ActorRole.CUSTOMER_SERVICE), reported.size()))
        .thenEventTypes("claim.verified")
        .thenState(s -> assertEquals(ClaimStatus.VERIFIED, s.status()));
    WorkflowScenario.given(wiring, reported)
        .when(verify(Actor.of(ActorId.of("claimant-1"), ActorRole.CLAIMANT), reported.size()))
        .thenRejected(RejectionReason.ROLE_NOT_ALLOWED)
        .thenState(s -> assertEquals(ClaimStatus.REPORTED, s.status()));
  }

  @Example
  void a_wrong_expectation_fails_with_what_actually_happened() {
    List<ClaimEvent> reported = reportedClaim();
    WorkflowScenario scenario = WorkflowScenario.given(wiring, reported)
        .when(verify(Actor.of(ActorId.of("cs-1"), ActorRole.CUSTOMER_SERVICE), 0));

    AssertionError e = assertThrows(AssertionError.class, () -> scenario.thenEventTypes("claim.verified"));

    assertEquals("expected events [claim.verified] but the command was refused: [STALE_VERSION]", e.getMessage());
  }

  /** The events of a report, decided by the wiring itself. */
  private List<ClaimEvent> reportedClaim() {
    Claim claim = Claim.builder()
        .id(CLAIM)
        .type(ClaimType.LOSS)
        .shipment(Shipment.builder()
            .waybill(WaybillNumber.of("SF1000200030004"))
            .scope(ServiceScope.DOMESTIC_INTER_CITY)
            .transportMode(TransportMode.ROAD)
            .origin(Place.of("CN", "Shenzhen"))
            .destination(Place.of("CN", "Shanghai"))
            .acceptedAt(WorkflowTester.DEFAULT_START.minusSeconds(3 * 86_400))
            .grossWeightKg(new BigDecimal("2.5"))
            .chargeableWeightKg(new BigDecimal("3"))
            .shippingFee(Money.of("CNY", "18.00"))
            .build())
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(WorkflowTester.DEFAULT_START)
        .description("parcel never arrived")
        .amountClaimed(Money.of("CNY", "780.00"))
        .build();
    Party sender = Party.builder().ref(PartyRef.of("P-1")).name("Wang Fang").phone("+86 139 1234 5678").build();
    CommandHeader h = CommandHeader.of(CommandId.of("report-1"), CLAIM,
        Actor.of(ActorId.of("cs-1"), ActorRole.CUSTOMER_SERVICE), WorkflowTester.DEFAULT_START, 0);
    return WorkflowScenario.givenNoEvents(wiring)
        .when(new ReportClaim(h, claim, sender, List.of()))
        .thenEventTypes("claim.reported", "claim.deadline-started")
        .decision().events();
  }

  private static VerifyClaim verify(Actor actor, long version) {
    return new VerifyClaim(CommandHeader.of(CommandId.of("verify-1"), CLAIM, actor,
        WorkflowTester.DEFAULT_START.plusSeconds(86_400), version), Optional.empty());
  }
}
