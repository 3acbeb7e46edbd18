package io.parcelclaims.workflow;

import static io.parcelclaims.workflow.RejectionReasonsTest.approve;
import static io.parcelclaims.workflow.RejectionReasonsTest.offer;
import static io.parcelclaims.workflow.RejectionReasonsTest.pay;
import static io.parcelclaims.workflow.WorkflowFixtures.ASSESSOR;
import static io.parcelclaims.workflow.WorkflowFixtures.CLAIMANT;
import static io.parcelclaims.workflow.WorkflowFixtures.FINANCE;
import static io.parcelclaims.workflow.WorkflowFixtures.SUPERVISOR;
import static io.parcelclaims.workflow.WorkflowFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.money.Money;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.MakeCounterOffer;
import io.parcelclaims.workflow.event.OfferApproved;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Authority limits and four eyes (docs/process.md step 5: "supervisor approves above authority"). */
class FourEyesApprovalTest {

  @Test
  void an_offer_within_the_proposers_limit_binds_once_accepted() {
    Desk desk = Paths.at(ClaimStatus.OFFERED);

    desk.accept(CLAIMANT, Paths.later(desk), AcceptOffer::new);

    assertEquals(Optional.of(cny("144.00")), desk.state().bindingOffer().map(Offer::total));
  }

  @Test
  void an_offer_above_the_proposers_limit_binds_only_once_another_actor_approves_it() {
    Desk desk = RejectionReasonsTest.offerAboveTheAssessorsLimit();
    // under review: the claimant cannot accept it yet (issue 12)
    assertEquals(List.of(RejectionReason.OFFER_UNDER_REVIEW),
        desk.reject(CLAIMANT, Paths.later(desk), AcceptOffer::new));
    assertEquals(Optional.empty(), desk.state().bindingOffer());

    var events = desk.accept(SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state()));

    OfferApproved approved = (OfferApproved) events.get(0);
    assertEquals(desk.state().assessmentVersion(), approved.assessmentVersion());
    assertEquals(desk.state().offer().orElseThrow().version(), approved.offerVersion());
    assertEquals(Optional.of(cny("600.00")), approved.total());
    assertEquals(SUPERVISOR.id(), desk.state().approval().orElseThrow().approver());
    assertEquals(Optional.empty(), desk.state().bindingOffer());
    desk.accept(CLAIMANT, Paths.later(desk), AcceptOffer::new);
    assertEquals(Optional.of(cny("600.00")), desk.state().bindingOffer().map(Offer::total));
    desk.accept(FINANCE, Paths.later(desk), h -> pay(h, "PAY-1", "600.00"));
    assertEquals(ClaimStatus.PAID, desk.state().status());
  }

  @Test
  void no_limit_in_the_offers_currency_means_the_offer_needs_approval() {
    Actor dollarsOnly = Actor.builder().id(ActorId.of("as-usd")).role(ActorRole.ASSESSOR)
        .addAuthorityLimits(Money.of("USD", "10000.00")).build();
    Desk desk = Paths.at(ClaimStatus.ASSESSED);

    desk.accept(dollarsOnly, Paths.later(desk), h -> offer(h, cny("10.00")));

    assertTrue(desk.state().offer().orElseThrow().approvalRequired());
  }

  @Test
  void an_approval_lapses_when_the_claimant_counters_and_a_new_offer_needs_its_own() {
    Desk desk = RejectionReasonsTest.offerAboveTheAssessorsLimit();
    long firstOffer = desk.state().offer().orElseThrow().version();
    desk.accept(SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state()));
    assertTrue(desk.state().approval().isPresent());

    desk.accept(CLAIMANT, Paths.later(desk), h -> new MakeCounterOffer(h, cny("700.00")));
    assertEquals(Optional.empty(), desk.state().approval());
    desk.accept(ASSESSOR, Paths.later(desk), h -> offer(h, cny("650.00")));

    assertEquals(List.of(RejectionReason.OFFER_UNDER_REVIEW),
        desk.reject(CLAIMANT, Paths.later(desk), AcceptOffer::new));
    assertEquals(Optional.empty(), desk.state().bindingOffer());
    assertEquals(List.of(RejectionReason.APPROVED_OFFER_CHANGED), desk.reject(SUPERVISOR, Paths.later(desk),
        h -> new ApproveOffer(h, desk.state().assessmentVersion(), firstOffer)));
    desk.accept(SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state()));
    desk.accept(CLAIMANT, Paths.later(desk), AcceptOffer::new);
    assertEquals(Optional.of(cny("650.00")), desk.state().bindingOffer().map(Offer::total));
  }

  @Test
  void an_approval_lapses_when_the_claim_is_assessed_again() {
    Desk desk = RejectionReasonsTest.offerAboveTheAssessorsLimit();
    desk.accept(SUPERVISOR, Paths.later(desk), h -> approve(h, desk.state()));

    desk.accept(ASSESSOR, Paths.later(desk),
        h -> new AssessClaim(h, AssessmentInputs.builder().provedValue(cny("780.00")).build()));

    assertEquals(ClaimStatus.ASSESSED, desk.state().status());
    assertEquals(Optional.empty(), desk.state().approval());
    assertEquals(Optional.empty(), desk.state().offer());
  }

  @Test
  void an_approval_with_the_two_versions_swapped_says_so_and_the_offers_own_approval_binds() {
    Desk desk = RejectionReasonsTest.offerAboveTheAssessorsLimit();
    Offer offer = desk.state().offer().orElseThrow();
    long assessment = desk.state().assessmentVersion();

    assertEquals(List.of(RejectionReason.APPROVAL_VERSIONS_SWAPPED), desk.reject(SUPERVISOR, Paths.later(desk),
        h -> new ApproveOffer(h, offer.version(), assessment)));
    assertEquals(List.of(RejectionReason.APPROVED_OFFER_CHANGED), desk.reject(SUPERVISOR, Paths.later(desk),
        h -> new ApproveOffer(h, assessment, offer.version() + 1)));
    desk.accept(SUPERVISOR, Paths.later(desk), offer::approval);

    assertTrue(desk.state().approval().isPresent());
  }
}
