package io.parcelclaims.workflow;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.DeclineOffer;
import io.parcelclaims.workflow.command.MakeCounterOffer;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.event.ApprovalGround;
import io.parcelclaims.workflow.event.CounterOfferMade;
import io.parcelclaims.workflow.event.OfferAccepted;
import io.parcelclaims.workflow.event.OfferApproved;
import io.parcelclaims.workflow.event.OfferDeclined;
import io.parcelclaims.workflow.event.OfferProposed;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Step 5, negotiating: offers, answers and four-eyes approval (docs/process.md). */
final class NegotiationHandlers {
  private NegotiationHandlers() {}

  /**
   * An offer needs a latest assessment that is payable or not yet due, or a denial when the offer is
   * goodwill; the claim's currency and a positive total. Above the assessment's ceiling (its total,
   * or its contested alternative's where that is higher) it must be goodwill. It waits for approval
   * above the proposer's own limit in that currency (no limit means none), and always when goodwill.
   */
  static void propose(Draft d, ProposeOffer c) {
    ClaimState s = d.state();
    Optional<Outcome> outcome = s.assessment().map(Assessment::outcome);
    boolean goodwill = c.isGoodwill();
    boolean priced = outcome.filter(o -> o == Outcome.PAYABLE || o == Outcome.NOT_YET_DUE).isPresent();
    boolean denied = outcome.filter(o -> o == Outcome.DENIED).isPresent();
    if (denied && !goodwill) {
      d.reject(RejectionReason.OFFER_ON_DENIED_CLAIM);
    } else if (!priced && !denied) {
      d.reject(RejectionReason.NO_PAYABLE_ASSESSMENT);
    }
    Money total = c.total();
    if (!total.currency().equals(currency(s))) {
      d.reject(RejectionReason.CURRENCY_MISMATCH);
    } else if (!total.isPositive()) {
      d.reject(RejectionReason.OFFER_NOT_POSITIVE);
    } else if (priced && !goodwill && total.isGreaterThan(ceiling(s.assessment().orElseThrow()))) {
      d.reject(RejectionReason.OFFER_ABOVE_ASSESSMENT);
    }
    if (d.isRejected()) {
      return;
    }
    List<ApprovalGround> grounds = new ArrayList<>();
    if (!d.actor().mayCommit(total)) {
      grounds.add(ApprovalGround.ABOVE_AUTHORITY_LIMIT);
    }
    if (goodwill) {
      grounds.add(ApprovalGround.GOODWILL);
    }
    long assessmentVersion = s.assessmentVersion();
    d.emit(h -> new OfferProposed(h, c.lines(), c.paymentMethod(), assessmentVersion, grounds,
        c.goodwillReason()));
  }

  /**
   * The most an offer that is not goodwill may total: the assessment's total, or its contested
   * alternative's where that is higher (a court may set the contested cap aside).
   */
  static Money ceiling(Assessment a) {
    Money total = a.total();
    Optional<Money> alternative = a.alternative().map(Alternative::total);
    return alternative.filter(x -> x.isGreaterThan(total)).orElse(total);
  }

  static void counter(Draft d, MakeCounterOffer c) {
    if (d.state().offerUnderReview()) {
      d.reject(RejectionReason.OFFER_UNDER_REVIEW);
    }
    if (!c.amount().currency().equals(currency(d.state()))) {
      d.reject(RejectionReason.CURRENCY_MISMATCH);
    }
    d.emit(h -> new CounterOfferMade(h, c.amount()));
  }

  static void accept(Draft d, AcceptOffer c) {
    if (d.state().offerUnderReview()) {
      d.reject(RejectionReason.OFFER_UNDER_REVIEW);
    }
    long version = d.state().offer().orElseThrow().version();
    d.emit(h -> new OfferAccepted(h, version));
  }

  static void decline(Draft d, DeclineOffer c) {
    if (d.state().offerUnderReview()) {
      d.reject(RejectionReason.OFFER_UNDER_REVIEW);
    }
    long version = d.state().offer().orElseThrow().version();
    d.emit(h -> new OfferDeclined(h, version));
  }

  /**
   * Four eyes: the approver is not the proposer, its own limit covers the offer, and it names the
   * latest assessment and offer versions. The event repeats the offer's total and payment method,
   * so that its notice announces the offer to the claimant.
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
    if (c.offerVersion() == s.assessmentVersion() && c.assessmentVersion() == offer.version()
        && offer.version() != s.assessmentVersion()) {
      d.reject(RejectionReason.APPROVAL_VERSIONS_SWAPPED);
    } else if (c.offerVersion() != offer.version() || c.assessmentVersion() != s.assessmentVersion()) {
      d.reject(RejectionReason.APPROVED_OFFER_CHANGED);
    }
    if (approver.id().equals(offer.proposer())) {
      d.reject(RejectionReason.SELF_APPROVAL);
    }
    if (!approver.mayCommit(offer.total())) {
      d.reject(RejectionReason.ABOVE_AUTHORITY_LIMIT);
    }
    Optional<Money> total = Optional.of(offer.total());
    Optional<PaymentMethod> method = Optional.of(offer.paymentMethod());
    d.emit(h -> new OfferApproved(h, c.assessmentVersion(), c.offerVersion(), total, method));
  }

  static Currency currency(ClaimState s) {
    return s.claim().orElseThrow().shipment().currency();
  }
}
