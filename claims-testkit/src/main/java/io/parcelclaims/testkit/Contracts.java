package io.parcelclaims.testkit;

import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.testkit.internal.Explanations;
import io.parcelclaims.testkit.internal.MinorUnits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.opentest4j.AssertionFailedError;

/** The contract's helpers: the claims it generates, assessing, and failure messages. */
final class Contracts {
  /** Stands for "no monotone input promised"; raises of it are skipped. */
  static final Monotone NOTHING_PROMISED = Monotone.inProvedValue().when("nothing is promised", (c, x) -> false);

  /** Out-of-force claims are accepted up to this many years outside the period. */
  private static final int YEARS_OUTSIDE = 10;

  private Contracts() {}

  /** How much a monotone input grows. */
  enum GrowthKind {
    /** A few minor units: the smallest step past a boundary. */
    FEW,
    /** A share of the input's value: crosses thresholds not far above it. */
    SHARE,
    /** A large amount, millions of minor units. */
    LARGE
  }

  /** A growth of a monotone input: its kind, a count of minor units, and a percentage. */
  record Growth(GrowthKind kind, long units, int percent) {
    /** The growth in minor units for an input now at {@code value}; at least one. */
    long minorUnits(Optional<Money> value) {
      return switch (kind) {
        case FEW -> units;
        case SHARE -> value.map(v -> share(v, percent)).orElse(units);
        case LARGE -> units * 1_000_000L;
      };
    }

    private static long share(Money value, int percent) {
      BigDecimal minor = value.amount().movePointRight(value.currency().getDefaultFractionDigits());
      BigDecimal part = minor.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(0, RoundingMode.CEILING);
      return Math.max(1, part.min(BigDecimal.valueOf(MinorUnits.DEFAULT_MAX)).longValueExact());
    }
  }

  static Arbitrary<Growth> growths() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(GrowthKind.FEW)),
                Tuple.of(4, Arbitraries.just(GrowthKind.SHARE)),
                Tuple.of(2, Arbitraries.just(GrowthKind.LARGE))),
            Arbitraries.longs().between(1, 1_000).edgeCases(c -> c.add(1L)),
            Arbitraries.integers().between(1, 100))
        .as(Growth::new);
  }

  static ClaimArbitrary inForce(ClaimArbitrary claims, EffectivePeriod period) {
    LocalDate first = max(claims.firstAccepted(), period.from());
    LocalDate last = period.until().map(u -> min(claims.lastAccepted(), u.minusDays(1))).orElse(claims.lastAccepted());
    if (last.isBefore(first)) {
      // the claims' own dates miss the period: use the period's first years
      last = period.until().map(u -> u.minusDays(1)).orElse(period.from().plusYears(YEARS_OUTSIDE));
      first = period.from();
      last = min(last, period.from().plusYears(YEARS_OUTSIDE));
    }
    return claims.acceptedBetween(first, last);
  }

  /** Whether a period has no date outside it: open from {@link LocalDate#MIN} and never ending. */
  static boolean coversEveryDate(EffectivePeriod period) {
    return period.from().equals(LocalDate.MIN) && period.until().isEmpty();
  }

  static ClaimArbitrary outOfForce(ClaimArbitrary claims, EffectivePeriod period) {
    if (coversEveryDate(period)) {
      return claims; // nothing lies outside; the property returns before assessing
    }
    List<ClaimArbitrary> windows = new ArrayList<>();
    boolean openStart = period.from().equals(LocalDate.MIN);
    LocalDate before = openStart ? LocalDate.MIN : period.from().minusDays(1);
    if (!openStart && !claims.firstAccepted().isAfter(before)) {
      windows.add(claims.acceptedBetween(claims.firstAccepted(), before));
    }
    period
        .until()
        .filter(u -> !u.isAfter(claims.lastAccepted()))
        .ifPresent(u -> windows.add(claims.acceptedBetween(u, claims.lastAccepted())));
    if (windows.isEmpty() && openStart) {
      LocalDate until = period.until().orElseThrow();
      windows.add(claims.acceptedBetween(until, until.plusYears(YEARS_OUTSIDE)));
    } else if (windows.isEmpty()) {
      windows.add(claims.acceptedBetween(period.from().minusYears(YEARS_OUTSIDE), before));
    }
    return windows.get(0);
  }

  static Assessment assess(CompensationPolicy policy, ClaimCase c) {
    Assessment a;
    try {
      a = policy.assess(c.claim(), c.context());
    } catch (RuntimeException e) {
      throw failure(policy, "failed to assess: " + e, c);
    }
    requireAssessment(policy, a, c);
    return a;
  }

  static void requireAssessment(CompensationPolicy policy, Assessment a, ClaimCase c) {
    if (a == null) {
      throw failure(policy, "returned no assessment", c);
    }
  }

  static void requireExplained(
      CompensationPolicy policy, String which, List<SettlementLine> lines, List<ExplanationStep> steps, ExplanationStep root, ClaimCase c) {
    for (SettlementLine line : lines) {
      Money amount = line.amount();
      boolean explained =
          line.kind().deducted()
              ? steps.stream().anyMatch(s -> s.before().isPresent() && s.after().isPresent() && s.before().get().minus(s.after().get()).equals(amount))
              : steps.stream().anyMatch(s -> s.after().filter(amount::equals).isPresent());
      if (!explained) {
        throw failure(
            policy,
            which + "line " + line.kind() + " of " + amount + " is not the result of any chosen step, so a change to it goes unexplained; the explanation is\n"
                + Explanations.outline(root),
            c);
      }
    }
  }

  static AssertionError failure(CompensationPolicy policy, String what, ClaimCase c) {
    return new AssertionFailedError(policy.id() + " " + what + "\n  for " + c);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
