package io.parcelclaims.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Amounts of money counted in minor units (fen, cents, yen, fils): everyday amounts most of the
 * time, and now and then amounts so large that a {@code double} no longer holds their minor unit.
 */
public final class MinorUnits {
  /** 2^53 minor units: from here on a {@code double} cannot hold every whole number of minor units. */
  public static final long DOUBLE_EXACT_LIMIT = 1L << 53;

  /** The largest amount generated unless a bound says otherwise: 2^62 minor units. */
  public static final long DEFAULT_MAX = 1L << 62;

  /** Everyday amounts span ten million minor units from the lower bound (100,000.00 CNY). */
  private static final long EVERYDAY_SPAN = 10_000_000L;

  private MinorUnits() {}

  /**
   * Counts of minor units from {@code min} to {@code max}, shrinking towards {@code min}.
   *
   * <p>Edge cases: both bounds, one minor unit above the lower bound, the major-unit boundary
   * (0.99, 1.00, 1.01 in a two-decimal currency), 0.10 and 0.30 (which a {@code double} sum of 0.10
   * and 0.20 misses), and 2^53 + 1 minor units when the range reaches it.
   *
   * @param digits the currency's minor-unit digits (CNY 2, JPY 0, KWD 3)
   * @param min the smallest count, zero or more
   * @param max the largest count, not below {@code min}
   * @return the counts
   */
  public static Arbitrary<Long> between(int digits, long min, long max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("minor units must satisfy 0 <= min <= max, was " + min + " and " + max);
    }
    long everydayMax = max - min > EVERYDAY_SPAN ? min + EVERYDAY_SPAN : max;
    long unit = pow10(digits);
    List<Long> edges = new ArrayList<>();
    for (long v : new long[] {min + 1, unit - 1, unit, unit + 1, unit / 10, 3 * unit / 10}) {
      if (v >= min && v <= everydayMax && !edges.contains(v)) {
        edges.add(v);
      }
    }
    Arbitrary<Long> everyday =
        Arbitraries.longs().between(min, everydayMax).edgeCases(c -> c.add(edges.toArray(Long[]::new)));
    if (everydayMax == max) {
      return everyday;
    }
    long hugeMin = Math.max(everydayMax + 1, Math.min(DOUBLE_EXACT_LIMIT, max));
    Arbitrary<Long> large =
        Arbitraries.longs()
            .between(hugeMin, max)
            .edgeCases(
                c -> {
                  if (DOUBLE_EXACT_LIMIT + 1 >= hugeMin && DOUBLE_EXACT_LIMIT + 1 <= max) {
                    c.add(DOUBLE_EXACT_LIMIT + 1);
                  }
                });
    return Arbitraries.frequencyOf(Tuple.of(19, everyday), Tuple.of(1, large));
  }

  /**
   * Ten to the power {@code digits}: one major unit in minor units.
   *
   * @param digits 0 to 18
   * @return the power
   */
  public static long pow10(int digits) {
    long p = 1;
    for (int i = 0; i < digits; i++) {
      p *= 10;
    }
    return p;
  }
}
