package io.parcelclaims.workflow;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.DeclineOffer;
import io.parcelclaims.workflow.command.MakeCounterOffer;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.event.CounterOfferMade;
import io.parcelclaims.workflow.event.OfferAccepted;
import io.parcelclaims.workflow.event.OfferApproved;
import io.parcelclaims.workflow.event.OfferDeclined;
import io.parcelclaims.workflow.event.OfferProposed;
import java.util.Currency;

/** Step 5, negotiating: offers, answers and four-eyes approval (DOMAIN.md §1). */
final class NegotiationRules {
  private NegotiationRules() {}

  /**
   * An offer needs a payable (or not yet due) latest assessment, the claim's currency and a
   * positive total. Above the proposer's own limit in that currency (no limit means none) it waits
   * for approval.
   */
  static void propose(Draft d, ProposeOffer c) {
    ClaimState s = d.state();
    boolean payable = s.assessment()
        .map(Assessment::outcome)
        .filter(o -> o == Outcome.PAYABLE || o == Outcome.NOT_YET_DUE)
        .isPresent();
    if (!payable) {
      d.reject(RejectionReason.NO_PAYABLE_ASSESSMENT);
    }
    Money total = c.total();
    if (!total.currency().equals(currency(s))) {
      d.reject(RejectionReason.CURRENCY_MISMATCH);
    } else if (!total.isPositive()) {
      d.reject(RejectionReason.OFFER_NOT_POSITIVE);
    }
    boolean approvalRequired = !d.actor().mayCommit(total);
    long assessmentVersion = s.assessmentVersion();
    d.emit(h -> new OfferProposed(h, c.lines(), c.paymentMethod(), assessmentVersion, approvalRequired));
  }

  static void counter(Draft d, MakeCounterOffer c) {
    if (!c.amount().currency().equals(currency(d.state()))) {
      d.reject(RejectionReason.CURRENCY_MISMATCH);
    }
    d.emit(h -> new CounterOfferMade(h, c.amount()));
  }

  static void accept(Draft d, AcceptOffer c) {
    long version = d.state().offer().orElseThrow().version();
    d.emit(h -> new OfferAccepted(h, version));
  }

  static void decline(Draft d, DeclineOffer c) {
    long version = d.state().offer().orElseThrow().version();
    d.emit(h -> new OfferDeclined(h, version));
  }

  /**
   * Four eyes: the approver is not the proposer, its own limit covers the offer, and it names the
   * latest assessment and offer versions.
   */
  static void approve(Draft d, ApproveOffer c) {
    ClaimState s = d.state();
    Offer offer = s.offer().orElseThrow();
    Actor approver = d.actor();
    if (!offer.approvalRequired()) {
      d.reject(RejectionReason.APPROVAL_NOT_REQUIRED);
      return;
    }
    if (s.approval().isPresent()) {
      d.reject(RejectionReason.ALREADY_APPROVED);
    }
    if (c.offerVersion() != offer.version() || c.assessmentVersion() != s.assessmentVersion()) {
      d.reject(RejectionReason.APPROVED_OFFER_CHANGED);
    }
    if (approver.id().equals(offer.proposer())) {
      d.reject(RejectionReason.SELF_APPROVAL);
    }
    if (!approver.mayCommit(offer.total())) {
      d.reject(RejectionReason.ABOVE_AUTHORITY_LIMIT);
    }
    d.emit(h -> new OfferApproved(h, c.assessmentVersion(), c.offerVersion()));
  }

  static Currency currency(ClaimState s) {
    return s.claim().orElseThrow().shipment().currency();
  }
}
