package io.parcelclaims.testkit.workflow;

import io.parcelclaims.money.Money;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.servicelevel.Deadline;
import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.Offer;
import io.parcelclaims.workflow.RejectionReason;
import io.parcelclaims.workflow.StoppedDeadline;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.event.ClaimEvent;
import io.parcelclaims.workflow.event.OfferProposed;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What must hold after every command, whatever the wiring. */
final class Invariants {
  private Invariants() {}

  static void checkDecision(
      WorkflowWiring wiring, NoticeRenderer notices, ClaimState before, ClaimCommand command, Decision d) {
    check(d.commandId().equals(command.commandId()), "the decision names another command", command, d);
    check(d.isAccepted() != d.isRejected(), "a decision is accepted or rejected", command, d);
    check(d.equals(wiring.decide(before, command)), "deciding twice gave different answers", command, d);
    if (before.appliedCommands().contains(command.commandId())) {
      check(d.reasons().equals(List.of(RejectionReason.DUPLICATE_COMMAND)),
          "a command already applied must be refused as a duplicate", command, d);
    } else if (command.expectedVersion() != before.version()) {
      check(d.reasons().contains(RejectionReason.STALE_VERSION),
          "a command on an old version must be refused as stale", command, d);
    }
    if (d.isRejected()) {
      check(d.events().isEmpty(), "a rejected command must produce no event", command, d);
      return;
    }
    for (int i = 0; i < d.events().size(); i++) {
      ClaimEvent e = d.events().get(i);
      check(e.version() == before.version() + 1 + i, "event versions must follow the state's", command, d);
      check(e.claimId().equals(command.claimId()), "events must belong to the command's claim", command, d);
      check(e.commandId().equals(command.commandId()), "events must name their command", command, d);
      for (Locale locale : NoticeRenderer.bundledLocales()) {
        String text;
        try {
          text = notices.render(e, locale);
        } catch (RuntimeException x) {
          throw new AssertionError("the notice of " + e.type() + " does not render in " + locale + ": " + x, x);
        }
        check(!text.isBlank() && !text.contains("{"), "the notice of " + e.type() + " in " + locale
            + " is blank or has an unfilled placeholder: " + text, command, d);
      }
    }
    checkAuthority(before, command, d);
  }

  /** Four eyes: an offer binds without approval only within its proposer's limit; approvers are covered. */
  private static void checkAuthority(ClaimState before, ClaimCommand command, Decision d) {
    for (ClaimEvent e : d.events()) {
      if (e instanceof OfferProposed o && !o.approvalRequired()) {
        check(command.actor().mayCommit(o.total()),
            "an offer above the proposer's limit must wait for approval", command, d);
      }
    }
    if (command instanceof ApproveOffer) {
      Optional<Offer> offer = before.offer();
      check(offer.isPresent(), "an approval needs an offer", command, d);
      check(command.actor().mayCommit(offer.get().total()),
          "an approver's own limit must cover the offer (" + offer.get().total() + ")", command, d);
      check(!command.actor().id().equals(offer.get().proposer()),
          "the proposer must not approve its own offer", command, d);
    }
  }

  static void checkState(WorkflowWiring wiring, ClaimState before, ClaimState after, List<ClaimEvent> events) {
    if (!wiring.replay(events).equals(after)) {
      throw new AssertionError("replaying the " + events.size() + " events does not give the state");
    }
    Optional<Money> paid = after.paid();
    if (paid.isPresent() && paid.get().isPositive()) {
      Optional<Offer> binding = after.bindingOffer();
      if (binding.isEmpty() || paid.get().isGreaterThan(binding.get().total())) {
        throw new AssertionError("paid " + paid.get() + " exceeds the binding offer "
            + binding.map(Offer::total).map(Money::toString).orElse("(none)"));
      }
      if (after.recovered().orElseThrow().isGreaterThan(paid.get())) {
        throw new AssertionError("recovered " + after.recovered().get() + " exceeds paid " + paid.get());
      }
    }
    Map<String, Instant> earlier = latestDue(before);
    for (Map.Entry<String, Instant> later : latestDue(after).entrySet()) {
      Instant was = earlier.get(later.getKey());
      if (was != null && later.getValue().isBefore(was)) {
        throw new AssertionError("the deadline of " + later.getKey() + " moved back from " + was + " to "
            + later.getValue());
      }
    }
  }

  // the latest due instant per service level, running or stopped
  private static Map<String, Instant> latestDue(ClaimState s) {
    Map<String, Instant> due = new HashMap<>();
    for (StoppedDeadline d : s.stoppedDeadlines()) {
      due.merge(d.deadline().serviceLevel(), d.deadline().dueBefore(), Invariants::max);
    }
    for (Deadline d : s.deadlines()) {
      due.merge(d.serviceLevel(), d.dueBefore(), Invariants::max);
    }
    return due;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static void check(boolean ok, String what, ClaimCommand command, Decision d) {
    if (!ok) {
      throw new AssertionError(what + ": " + command.kind().code() + " " + command.commandId() + " by "
          + command.actor().id() + " (" + command.actor().role() + ") gave "
          + (d.isAccepted() ? d.events().stream().map(ClaimEvent::type).toList() : d.reasons()));
    }
  }
}
