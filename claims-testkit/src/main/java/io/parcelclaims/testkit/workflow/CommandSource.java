package io.parcelclaims.testkit.workflow;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.EscalationTarget;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.FeedbackCategory;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.PaymentFailure;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.PaymentReference;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReopenReason;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.claim.Satisfaction;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.testkit.ClaimArbitraries;
import io.parcelclaims.workflow.ClaimState;
import io.parcelclaims.workflow.Offer;
import io.parcelclaims.workflow.Payment;
import io.parcelclaims.workflow.TransitionTable;
import io.parcelclaims.workflow.command.AcceptOffer;
import io.parcelclaims.workflow.command.ApproveOffer;
import io.parcelclaims.workflow.command.AssessClaim;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CloseClaim;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.CommandKind;
import io.parcelclaims.workflow.command.ConcludeInvestigation;
import io.parcelclaims.workflow.command.ConfirmReceipt;
import io.parcelclaims.workflow.command.CorrectClaim;
import io.parcelclaims.workflow.command.DeclineOffer;
import io.parcelclaims.workflow.command.EscalateClaim;
import io.parcelclaims.workflow.command.MakeCounterOffer;
import io.parcelclaims.workflow.command.OpenClaim;
import io.parcelclaims.workflow.command.OpenInvestigation;
import io.parcelclaims.workflow.command.ProposeOffer;
import io.parcelclaims.workflow.command.RecordFinding;
import io.parcelclaims.workflow.command.RecordFollowUp;
import io.parcelclaims.workflow.command.RecordPayment;
import io.parcelclaims.workflow.command.RecordPaymentFailure;
import io.parcelclaims.workflow.command.RecordRecovery;
import io.parcelclaims.workflow.command.RejectClaim;
import io.parcelclaims.workflow.command.ReopenClaim;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.RequestEvidence;
import io.parcelclaims.workflow.command.ResolveEscalation;
import io.parcelclaims.workflow.command.ReturnForCorrection;
import io.parcelclaims.workflow.command.ReviewEvidence;
import io.parcelclaims.workflow.command.SubmitEvidence;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.command.WithdrawClaim;
import io.parcelclaims.workflow.event.EvidencedInput;
import io.parcelclaims.workflow.event.InputOverride;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The next command of a random run, chosen from the run's state: mostly a kind the transition table
 * allows, by a role allowed to issue it, with data that fits the claim, so that runs get far; now
 * and then any kind, any role, a retry, a stale version or data that breaks a rule, so that
 * refusals are exercised too. All randomness comes from jqwik.
 */
final class CommandSource {
  private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final Currency currency;
  private final Cast cast;

  CommandSource(Currency currency) {
    this.currency = currency;
    this.cast = new Cast(currency);
  }

  Arbitrary<ClaimCommand> next(WorkflowRun run) {
    ClaimState s = run.state();
    TransitionTable table = run.wiring().transitions();
    List<CommandKind> allowed = table.allowedIn(s.status());
    Arbitrary<CommandKind> anyKind = Arbitraries.of(CommandKind.class);
    Arbitrary<CommandKind> kind = allowed.isEmpty()
        ? anyKind
        : Arbitraries.frequencyOf(Tuple.of(95, weighted(allowed, s)), Tuple.of(5, anyKind));
    Arbitrary<ClaimCommand> fresh = kind.flatMap(k -> command(run, k));
    if (run.appliedCommands().isEmpty()) {
      return fresh;
    }
    // a retry of a command already applied: the same id, now also on an old version
    Arbitrary<ClaimCommand> retry = Arbitraries.of(run.appliedCommands());
    return Arbitraries.frequencyOf(Tuple.of(97, fresh), Tuple.of(3, retry));
  }

  /**
   * Steps that move a claim forward are far likelier than detours, and detours than steps that end
   * it early, so that a good share of runs reach payment and then reopening and recovery.
   */
  private static Arbitrary<CommandKind> weighted(List<CommandKind> kinds, ClaimState s) {
    List<Tuple.Tuple2<Integer, CommandKind>> weights = new ArrayList<>();
    for (CommandKind k : kinds) {
      weights.add(Tuple.of(weight(k, s), k));
    }
    return Arbitraries.frequency(weights);
  }

  private static int weight(CommandKind k, ClaimState s) {
    boolean payable = s.assessment().filter(a -> a.outcome() == Outcome.PAYABLE).isPresent();
    boolean awaitingApproval = s.offer().filter(Offer::approvalRequired).isPresent() && s.approval().isEmpty();
    return switch (k) {
      case WITHDRAW, REJECT -> 1;
      case CLOSE -> s.paid().filter(Money::isPositive).isPresent() ? 20 : 1;
      case ASSESS -> payable ? 2 : 30;
      case APPROVE_OFFER -> awaitingApproval ? 30 : 1;
      case ACCEPT_OFFER -> awaitingApproval ? 2 : 30;
      case ESCALATE, RETURN_FOR_CORRECTION, DECLINE_OFFER, COUNTER_OFFER, REOPEN, REQUEST_EVIDENCE,
          RECORD_FINDING, RECORD_PAYMENT_FAILURE -> 4;
      default -> 30;
    };
  }

  private Arbitrary<ClaimCommand> command(WorkflowRun run, CommandKind kind) {
    Arbitrary<Function<CommandHeader, ClaimCommand>> body = body(run, kind);
    return Combinators.combine(actor(run, kind), time(run), version(run), body)
        .as((actor, at, version, make) -> make.apply(CommandHeader.of(
            CommandId.of("cmd-" + (run.commandCount() + 1)), run.claimId(), actor, at, version)));
  }

  private Arbitrary<Actor> actor(WorkflowRun run, CommandKind kind) {
    List<ActorRole> roles = Arrays.stream(ActorRole.values())
        .filter(r -> run.wiring().transitions().allowsRole(kind, r)).toList();
    List<Actor> allowed = cast.in(roles);
    Arbitrary<Actor> anyone = Arbitraries.of(cast.all());
    return allowed.isEmpty() ? anyone : Arbitraries.frequencyOf(Tuple.of(94, Arbitraries.of(allowed)), Tuple.of(6, anyone));
  }

  /** Mostly forward in time by up to two days; rarely before the last command. */
  private static Arbitrary<Instant> time(WorkflowRun run) {
    Instant now = run.now();
    return Arbitraries.frequencyOf(
        Tuple.of(98, Arbitraries.longs().between(0, 48 * 60).map(m -> now.plus(Duration.ofMinutes(m)))),
        Tuple.of(2, Arbitraries.longs().between(1, 600).map(m -> now.minus(Duration.ofMinutes(m)))));
  }

  private static Arbitrary<Long> version(WorkflowRun run) {
    long v = run.state().version();
    return v == 0 ? Arbitraries.just(0L)
        : Arbitraries.frequencyOf(Tuple.of(97, Arbitraries.just(v)), Tuple.of(3, Arbitraries.longs().between(0, v - 1)));
  }

  // one generator of command data per kind; each fits the state most of the time
  private Arbitrary<Function<CommandHeader, ClaimCommand>> body(WorkflowRun run, CommandKind kind) {
    ClaimState s = run.state();
    return switch (kind) {
      case REPORT -> Combinators.combine(claim(run), openClaims(), ClaimArbitraries.parties()).as(
          (claim, open, person) -> h -> new ReportClaim(h, claim, party(claim, person), open(open, claim)));
      case RETURN_FOR_CORRECTION -> just(h -> new ReturnForCorrection(h, List.of("description")));
      case CORRECT -> claim(run).map(c -> h -> new CorrectClaim(h, s.claim().orElse(c)));
      case VERIFY -> just(h -> new VerifyClaim(h, Optional.empty()));
      case OPEN_INVESTIGATION -> just(OpenInvestigation::new);
      case RECORD_FINDING -> evidenceId(s).map(id -> h -> new RecordFinding(h,
          evidence(id, EvidenceKind.COURIER_RECORDS, Submitter.STAFF, h.at(), Optional.empty())));
      case CONCLUDE_INVESTIGATION -> Combinators.combine(finding(), Arbitraries.of(RootCause.PACKAGING,
          RootCause.HANDLING, RootCause.SORTING, RootCause.THEFT, RootCause.UNKNOWN))
          .as((f, cause) -> h -> new ConcludeInvestigation(h, f, cause));
      case REQUEST_EVIDENCE -> Arbitraries.of(List.of(EvidenceKind.PURCHASE_PROOF),
          List.of(EvidenceKind.PHOTOS, EvidenceKind.REPAIR_ESTIMATE)).map(kinds -> h -> new RequestEvidence(h, kinds));
      case SUBMIT_EVIDENCE -> Combinators.combine(evidenceId(s), amount(100, 300_000),
          Arbitraries.frequency(Tuple.of(7, EvidenceKind.PURCHASE_PROOF), Tuple.of(3, EvidenceKind.REPAIR_ESTIMATE))).as(
          (id, value, evidenceKind) -> h -> new SubmitEvidence(h, List.of(evidence(id, evidenceKind,
              Submitter.CLAIMANT, h.at(), Optional.of(value)))));
      case REVIEW_EVIDENCE -> Combinators.combine(knownEvidence(s), Arbitraries.frequency(
          Tuple.of(8, ReviewStatus.ACCEPTED), Tuple.of(2, ReviewStatus.REJECTED)))
          .as((id, status) -> h -> new ReviewEvidence(h, id, status));
      case ASSESS -> Combinators.combine(inputs(), Arbitraries.frequency(Tuple.of(75, false), Tuple.of(25, true)))
          .as((in, override) -> h -> new AssessClaim(h, in, override ? overrides(in) : List.of()));
      case PROPOSE_OFFER -> Combinators.combine(offerLines(s), goodwill()).as(
          (lines, goodwill) -> h -> new ProposeOffer(h, lines, PaymentMethod.ALIPAY, goodwill));
      case COUNTER_OFFER -> amount(100, 500_000).map(a -> h -> new MakeCounterOffer(h, a));
      case ACCEPT_OFFER -> just(AcceptOffer::new);
      case DECLINE_OFFER -> just(DeclineOffer::new);
      case APPROVE_OFFER -> approval(s);
      case RECORD_PAYMENT -> Combinators.combine(paymentAmount(s), paymentReference(s)).as(
          (amount, ref) -> h -> new RecordPayment(h, ref, amount, PaymentMethod.BANK_TRANSFER));
      case RECORD_PAYMENT_FAILURE -> Combinators.combine(knownPayment(s), Arbitraries.of(PaymentFailure.class))
          .as((ref, failure) -> h -> new RecordPaymentFailure(h, ref, failure));
      case CONFIRM_RECEIPT -> just(ConfirmReceipt::new);
      case RECORD_FOLLOW_UP -> Combinators.combine(Arbitraries.integers().between(1, 5),
          Arbitraries.of(FeedbackCategory.SPEED, FeedbackCategory.AMOUNT, FeedbackCategory.COMMUNICATION))
          .as((score, category) -> h -> new RecordFollowUp(h, Optional.of(Satisfaction.of(score, 5)),
              List.of(category), Optional.of("handled quickly")));
      case CLOSE -> just(CloseClaim::new);
      case WITHDRAW -> just(WithdrawClaim::new);
      case REJECT -> Arbitraries.of(DenialReason.TIME_BARRED, DenialReason.NOT_ENTITLED_TO_CLAIM,
          DenialReason.NOT_CARRIERS_LIABILITY).map(r -> h -> new RejectClaim(h, List.of(r)));
      case ESCALATE -> Arbitraries.of(EscalationTarget.class).map(t -> h -> new EscalateClaim(h, t));
      case RESOLVE_ESCALATION -> just(ResolveEscalation::new);
      case REOPEN -> Arbitraries.of(ReopenReason.class).map(r -> h -> new ReopenClaim(h, r));
      case RECORD_RECOVERY -> recovery(s).map(a -> h -> new RecordRecovery(h, a, Optional.empty()));
    };
  }

  private static Arbitrary<Function<CommandHeader, ClaimCommand>> just(Function<CommandHeader, ClaimCommand> f) {
    return Arbitraries.just(f);
  }

  /** A claim of a random type; the waybill is fixed per run, the claimant's party too. */
  private Arbitrary<Claim> claim(WorkflowRun run) {
    Arbitrary<ClaimType> type = Arbitraries.frequency(Tuple.of(5, ClaimType.LOSS), Tuple.of(3, ClaimType.DAMAGE),
        Tuple.of(1, ClaimType.DELAY), Tuple.of(1, ClaimType.SHORT_CONTENTS));
    Arbitrary<Optional<Money>> declared = Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(Optional.empty())),
        Tuple.of(3, amount(50_000, 500_000).map(Optional::of)));
    return Combinators.combine(type, amount(800, 6_000), declared).as((t, fee, value) -> {
      Shipment.Builder shipment = Shipment.builder()
          .waybill(WaybillNumber.of("SF1000200030004"))
          .scope(ServiceScope.DOMESTIC_INTER_CITY)
          .transportMode(TransportMode.ROAD)
          .origin(Place.of("CN", "Shenzhen"))
          .destination(Place.of("CN", "Shanghai"))
          .acceptedAt(run.start().minus(Duration.ofDays(3)))
          .promisedBy(run.start().minus(Duration.ofDays(1)))
          .grossWeightKg(new BigDecimal("2.5"))
          .chargeableWeightKg(new BigDecimal("3"))
          .shippingFee(fee);
      value.ifPresent(v -> shipment.declaredValue(v).insurancePremium(Money.ofMinor(currency, 500)));
      Claim.Builder claim = Claim.builder()
          .id(run.claimId())
          .type(t)
          .shipment(shipment.build())
          .claimant(Claimant.of(PartyRef.of("P-" + run.claimId().value()), PartyRole.SENDER))
          .channel(IntakeChannel.APP)
          .reportedAt(run.start())
          .description("parcel problem reported by the claimant")
          .amountClaimed(Money.ofMinor(currency, 100_000));
      if (t == ClaimType.DAMAGE) {
        claim.damageExtent(DamageExtent.PARTIAL);
      }
      return claim.build();
    });
  }

  /** A generated person under the claim's party reference: personal data that must never reach an event. */
  private static Party party(Claim claim, Party person) {
    Party.Builder b = Party.builder();
    b.ref(claim.claimant().party()).name(person.name()).phone(person.phone());
    person.address().ifPresent(b::address);
    person.accountNumber().ifPresent(b::accountNumber);
    return b.build();
  }

  private static Arbitrary<Integer> openClaims() {
    return Arbitraries.frequency(Tuple.of(90, 0), Tuple.of(5, 1), Tuple.of(5, 2));
  }

  /** None; an open claim of the same type (a duplicate); or one of another type (linked). */
  private static List<OpenClaim> open(int choice, Claim claim) {
    return switch (choice) {
      case 1 -> List.of(OpenClaim.of(ClaimId.of("C-OPEN-SAME"), claim.type()));
      case 2 -> List.of(OpenClaim.of(ClaimId.of("C-OPEN-OTHER"),
          claim.type() == ClaimType.DELAY ? ClaimType.LOSS : ClaimType.DELAY));
      default -> List.of();
    };
  }

  private static Arbitrary<InvestigationFinding> finding() {
    return Arbitraries.frequency(Tuple.of(50, InvestigationFinding.LOST), Tuple.of(15, InvestigationFinding.DAMAGED),
        Tuple.of(8, InvestigationFinding.DELAYED), Tuple.of(5, InvestigationFinding.SHORT),
        Tuple.of(10, InvestigationFinding.FOUND_AND_DELIVERED),
        Tuple.of(5, InvestigationFinding.MISDELIVERED_AND_RECOVERED),
        Tuple.of(7, InvestigationFinding.NOT_CARRIERS_LIABILITY));
  }

  /** A fresh id for the version, or now and then one already on the claim. */
  private static Arbitrary<EvidenceId> evidenceId(ClaimState s) {
    Arbitrary<EvidenceId> fresh = Arbitraries.just(EvidenceId.of("ev-" + (s.version() + 1)));
    List<EvidenceId> known = known(s);
    return known.isEmpty() ? fresh : Arbitraries.frequencyOf(Tuple.of(95, fresh), Tuple.of(5, Arbitraries.of(known)));
  }

  private static Arbitrary<EvidenceId> knownEvidence(ClaimState s) {
    Arbitrary<EvidenceId> unknown = Arbitraries.just(EvidenceId.of("ev-unknown"));
    List<EvidenceId> known = known(s);
    return known.isEmpty() ? unknown : Arbitraries.frequencyOf(Tuple.of(92, Arbitraries.of(known)), Tuple.of(8, unknown));
  }

  private static List<EvidenceId> known(ClaimState s) {
    return s.claim().map(c -> c.evidence().stream().map(Evidence::id).toList()).orElse(List.of());
  }

  private Evidence evidence(EvidenceId id, EvidenceKind kind, Submitter who, Instant at, Optional<Money> value) {
    Evidence.Builder b = Evidence.builder().id(id).kind(kind).submitter(who).submittedAt(at)
        .document(DocumentReference.of(URI.create("s3://claims/" + id.value() + ".pdf"), DIGEST));
    value.ifPresent(v -> b.addStatedFacts(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, v)));
    return b.build();
  }

  private Arbitrary<AssessmentInputs> inputs() {
    Arbitrary<Optional<Money>> proved = Arbitraries.frequencyOf(
        Tuple.of(85, amount(5_000, 300_000).map(Optional::of)), Tuple.of(15, Arbitraries.just(Optional.empty())));
    Arbitrary<Optional<Money>> loss = Arbitraries.frequencyOf(
        Tuple.of(60, amount(1_000, 200_000).map(Optional::of)), Tuple.of(40, Arbitraries.just(Optional.empty())));
    return Combinators.combine(proved, loss).as((p, l) -> {
      Money cappedLoss = l.isPresent() && p.isPresent() ? l.get().min(p.get()) : l.orElse(null);
      return AssessmentInputs.builder().provedValue(p).assessedLoss(Optional.ofNullable(cappedLoss)).build();
    });
  }

  /** An override with a reason for each evidenced input the inputs set. */
  private static List<InputOverride> overrides(AssessmentInputs in) {
    return Arrays.stream(EvidencedInput.values()).filter(i -> i.valueIn(in).isPresent())
        .map(i -> new InputOverride(i, "confirmed by the desk")).toList();
  }

  /** Mostly no goodwill; now and then an offer marked goodwill with a reason. */
  private static Arbitrary<Optional<String>> goodwill() {
    return Arbitraries.frequency(Tuple.of(85, Optional.<String>empty()),
        Tuple.of(15, Optional.of("goodwill for a long-standing customer")));
  }

  /** Mostly the payable assessment's lines; otherwise one cash line of any size, now and then zero. */
  private Arbitrary<List<SettlementLine>> offerLines(ClaimState s) {
    Arbitrary<List<SettlementLine>> cash = amount(100, 800_000)
        .map(a -> List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, a)));
    Arbitrary<List<SettlementLine>> zero = Arbitraries.just(
        List.of(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, Money.zero(currency))));
    Optional<Assessment> a = s.assessment()
        .filter(x -> x.outcome() == Outcome.PAYABLE && x.total().isPositive() && !x.lines().isEmpty());
    if (a.isEmpty()) {
      return Arbitraries.frequencyOf(Tuple.of(95, cash), Tuple.of(5, zero));
    }
    return Arbitraries.frequencyOf(Tuple.of(75, Arbitraries.just(a.get().lines())), Tuple.of(22, cash), Tuple.of(3, zero));
  }

  private Arbitrary<Function<CommandHeader, ClaimCommand>> approval(ClaimState s) {
    long offer = s.offer().map(Offer::version).orElse(0L);
    long assessment = s.assessmentVersion();
    return Arbitraries.frequency(Tuple.of(90, 0L), Tuple.of(10, 1L)).map(stale ->
        h -> new ApproveOffer(h, assessment, Math.max(0, offer - stale)));
  }

  /** Mostly what is still owed on the binding offer; sometimes part of it, or more than it. */
  private Arbitrary<Money> paymentAmount(ClaimState s) {
    Optional<Money> owed = s.bindingOffer().map(Offer::total).flatMap(total -> s.paid().map(total::minus))
        .filter(Money::isPositive);
    if (owed.isEmpty()) {
      return amount(100, 100_000);
    }
    Money rest = owed.get();
    long cents = rest.amount().movePointRight(rest.currency().getDefaultFractionDigits()).longValueExact();
    return Arbitraries.frequencyOf(
        Tuple.of(75, Arbitraries.just(rest)),
        Tuple.of(12, Arbitraries.longs().between(1, Math.max(1, cents - 1)).map(c -> Money.ofMinor(currency, c))),
        Tuple.of(8, Arbitraries.longs().between(1, 10_000).map(c -> rest.plus(Money.ofMinor(currency, c)))),
        Tuple.of(5, amount(100, 100_000)));
  }

  private static Arbitrary<PaymentReference> paymentReference(ClaimState s) {
    Arbitrary<PaymentReference> fresh = Arbitraries.just(PaymentReference.of("PAY-" + (s.version() + 1)));
    List<PaymentReference> used = s.payments().stream().map(Payment::reference).toList();
    return used.isEmpty() ? fresh : Arbitraries.frequencyOf(Tuple.of(95, fresh), Tuple.of(5, Arbitraries.of(used)));
  }

  private static Arbitrary<PaymentReference> knownPayment(ClaimState s) {
    List<PaymentReference> effective = s.payments().stream().filter(Payment::isEffective)
        .map(Payment::reference).toList();
    Arbitrary<PaymentReference> unknown = Arbitraries.just(PaymentReference.of("PAY-unknown"));
    return effective.isEmpty() ? unknown
        : Arbitraries.frequencyOf(Tuple.of(90, Arbitraries.of(effective)), Tuple.of(10, unknown));
  }

  /** Mostly no more than was paid and not yet recovered; sometimes more. */
  private Arbitrary<Money> recovery(ClaimState s) {
    Money open = s.paid().orElse(Money.zero(currency)).minus(s.recovered().orElse(Money.zero(currency)));
    long cents = open.amount().movePointRight(open.currency().getDefaultFractionDigits()).longValueExact();
    return Arbitraries.frequencyOf(
        Tuple.of(90, Arbitraries.longs().between(0, Math.max(0, cents)).map(c -> Money.ofMinor(currency, c))),
        Tuple.of(10, Arbitraries.longs().between(cents + 1, cents + 10_000).map(c -> Money.ofMinor(currency, c))));
  }

  /** An amount between two counts of minor units. */
  private Arbitrary<Money> amount(long minCents, long maxCents) {
    return Arbitraries.longs().between(minCents, maxCents).map(c -> Money.ofMinor(currency, c));
  }
}
