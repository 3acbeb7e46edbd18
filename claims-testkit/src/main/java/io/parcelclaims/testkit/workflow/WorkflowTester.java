package io.parcelclaims.testkit.workflow;

import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.notice.NoticeRenderer;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * Random command sequences against a wiring, as jqwik action chains. Each chain reports one claim
 * and then issues commands chosen from the claim's state: mostly ones the transition table allows,
 * by a role allowed to issue them, with fitting data; sometimes any kind, a wrong role, a retry, a
 * stale version, an earlier time or data that breaks a rule. After every command the run checks:
 *
 * <ul>
 *   <li>replaying the events gives the state;
 *   <li>a rejected command produces no event and changes nothing; a retried command id is refused as
 *       a duplicate, a stale version as stale; deciding twice gives the same answer;
 *   <li>money paid never exceeds the binding offer, and recoveries never exceed what was paid;
 *   <li>no service level's deadline moves backwards;
 *   <li>every event has a progress notice that renders in each bundled language;
 *   <li>an offer binds without approval only within its proposer's limit, and an approver's own
 *       limit covers the offer and the approver is not the proposer;
 *   <li>a binding offer above the assessment's total (or its contested alternative's), or on a
 *       denied claim, is goodwill approved by another actor; an offer under review is neither
 *       accepted nor announced with its amount; a proved value or assessed loss reaches the policy
 *       only with accepted evidence of its kind or a recorded override (since 0.2.0).
 * </ul>
 *
 * <p>The generated claims are domestic parcels in the tester's currency, accepted three days
 * before the start and reported at the start; the wiring's policy catalogue and calendar must cover
 * those dates and about a hundred days after. Immutable; each {@code with} method returns a new
 * tester.
 *
 * @since 0.1.0
 */
public final class WorkflowTester {
  /** The most commands in one sequence unless set: 50. */
  public static final int DEFAULT_MAX_COMMANDS = 50;

  /** The start of every run unless set: Monday 2025-03-03, 10:00 in Shanghai. */
  public static final Instant DEFAULT_START = Instant.parse("2025-03-03T02:00:00Z");

  private final WorkflowWiring wiring;
  private final Instant start;
  private final Currency currency;
  private final int maxCommands;
  private final NoticeRenderer notices;

  private WorkflowTester(
      WorkflowWiring wiring, Instant start, Currency currency, int maxCommands, NoticeRenderer notices) {
    this.wiring = wiring;
    this.start = start;
    this.currency = currency;
    this.maxCommands = maxCommands;
    this.notices = notices;
  }

  /**
   * A tester of a wiring, with CNY claims starting at {@link #DEFAULT_START}, sequences of up to
   * {@link #DEFAULT_MAX_COMMANDS} commands, and the SDK's notice bundles.
   *
   * @param wiring the wiring under test
   * @return the tester
   */
  public static WorkflowTester of(WorkflowWiring wiring) {
    return new WorkflowTester(Objects.requireNonNull(wiring, "wiring"), DEFAULT_START,
        Currency.getInstance("CNY"), DEFAULT_MAX_COMMANDS, NoticeRenderer.of());
  }

  /**
   * This tester with another start time for every run.
   *
   * @param at when each run's claim is reported
   * @return the new tester
   */
  public WorkflowTester startingAt(Instant at) {
    return new WorkflowTester(wiring, Objects.requireNonNull(at, "at"), currency, maxCommands, notices);
  }

  /**
   * This tester with claims in another currency.
   *
   * @param value the currency of claims, offers and payments
   * @return the new tester
   */
  public WorkflowTester inCurrency(Currency value) {
    return new WorkflowTester(wiring, start, Objects.requireNonNull(value, "value"), maxCommands, notices);
  }

  /**
   * This tester with another longest sequence.
   *
   * @param n the most commands in one sequence, at least 1
   * @return the new tester
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public WorkflowTester maxCommands(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a sequence has at least one command (was " + n + ")");
    }
    return new WorkflowTester(wiring, start, currency, n, notices);
  }

  /**
   * This tester checking notices with the carrier's own renderer, overrides first.
   *
   * @param renderer the renderer
   * @return the new tester
   */
  public WorkflowTester notices(NoticeRenderer renderer) {
    return new WorkflowTester(wiring, start, currency, maxCommands, Objects.requireNonNull(renderer, "renderer"));
  }

  /** {@return random command sequences, each a chain of up to the longest sequence's commands} */
  public ActionChainArbitrary<WorkflowRun> chains() {
    CommandSource source = new CommandSource(currency);
    Action.Dependent<WorkflowRun> next = new Action.Dependent<>() {
      @Override
      public Arbitrary<Transformer<WorkflowRun>> transformer(WorkflowRun run) {
        return source.next(run).map(command -> Transformer.mutate(
            command.kind().code() + " by " + command.actor().id() + " at " + command.at()
                + " on v" + command.expectedVersion(),
            r -> r.apply(command)));
      }
    };
    return ActionChain.<WorkflowRun>startWith(
            () -> new WorkflowRun(wiring, notices, ClaimId.of("C-TEST-1"), start))
        .withAction(next)
        .withMaxTransformations(maxCommands);
  }

  /** {@return the settings, for reports} */
  @Override
  public String toString() {
    return "WorkflowTester[" + wiring + ", from " + start + ", " + currency + ", up to " + maxCommands + " commands]";
  }
}
