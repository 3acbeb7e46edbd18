package io.parcelclaims.testkit.workflow;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.money.Money;
import io.parcelclaims.notice.ProgressNotices;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.Offer;
import io.parcelclaims.workflow.event.ClaimAssessed;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.OfferAccepted;
import io.parcelclaims.workflow.event.OfferProposed;
import java.util.List;
import java.util.Optional;

/**
 * The promises of issue 12 between the assessment and the offer, checked event by event along a
 * history: what binds is what the assessment supports, or goodwill approved by a second actor; an
 * offer under review is neither accepted nor announced; an unproven value prices nothing.
 */
final class SettlementPromises {
  private SettlementPromises() {}

  /** Checks one event against the state before it and the state after it. */
  static void check(ClaimState before, ClaimEvent e, ClaimState after) {
    if (e instanceof OfferAccepted && before.offerUnderReview()) {
      fail("an offer that needs approval was accepted before it was approved", e);
    }
    if (e instanceof OfferProposed o && o.approvalRequired()) {
      boolean announcesAmount = ProgressNotices.of(o).arguments().stream()
          .anyMatch(a -> a instanceof MessageArg.MoneyArg);
      if (announcesAmount) {
        fail("an offer under review was announced with its amount before approval", e);
      }
    }
    if (e instanceof ClaimAssessed a) {
      Claim claim = before.claim().orElseThrow();
      for (EvidencedInput input : EvidencedInput.values()) {
        Optional<Money> value = switch (input) {
          case PROVED_VALUE -> a.context().provedValue();
          case ASSESSED_LOSS -> a.context().assessedLoss();
        };
        boolean backed = claim.evidence().stream()
            .anyMatch(x -> input.backing().contains(x.kind()) && x.isAccepted());
        boolean overridden = a.overrides().stream().anyMatch(o -> o.input() == input);
        if (value.isPresent() && !backed && !overridden) {
          fail("the " + input.code() + " " + value.get() + " reached the policy without accepted "
              + input.evidence() + " evidence and without an override", e);
        }
      }
    }
    Optional<Offer> binding = after.bindingOffer();
    if (binding.isPresent()) {
      Offer offer = binding.get();
      Assessment assessment = after.assessment().orElseThrow(
          () -> new AssertionError("an offer binds with no assessment, after " + e.type()));
      boolean beyond = assessment.isDenied() || offer.total().isGreaterThan(ceiling(assessment));
      if (beyond && !(offer.isGoodwill() && after.approval().isPresent()
          && !after.approval().get().approver().equals(offer.proposer()))) {
        fail("the binding offer " + offer.total() + " exceeds what the assessment supports ("
            + (assessment.isDenied() ? "denied" : ceiling(assessment)) + ") and is not goodwill approved by"
            + " another actor", e);
      }
    }
  }

  /** Checks every event of a history, replaying it. */
  static void checkHistory(WorkflowWiring wiring, List<ClaimEvent> events) {
    ClaimState state = wiring.initialState();
    for (ClaimEvent e : events) {
      ClaimState after = wiring.evolve(state, e);
      check(state, e, after);
      state = after;
    }
  }

  /** The assessment's total, or its contested alternative's where that is higher. */
  static Money ceiling(Assessment a) {
    Money total = a.total();
    return a.alternative().map(Alternative::total).filter(x -> x.isGreaterThan(total)).orElse(total);
  }

  private static void fail(String what, ClaimEvent e) {
    throw new AssertionError(what + ": " + e.type() + " v" + e.version() + " by " + e.actor());
  }
}
