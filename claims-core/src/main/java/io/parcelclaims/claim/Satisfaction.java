package io.parcelclaims.claim;

import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A satisfaction score from a follow-up call (docs/process.md, step 7), on the carrier's own scale:
 * {@code score} out of {@code outOf}, higher is better.
 *
 * @param score from 1 to {@code outOf}
 * @param outOf the top of the carrier's scale, at least 1
 * @since 0.1.0
 */
public record Satisfaction(int score, int outOf) {

  /**
   * Validates the score.
   *
   * @throws InvalidValueException if the scale is below 1 or the score outside it
   */
  public Satisfaction {
    List<Violation> problems = new ArrayList<>();
    if (outOf < 1) {
      problems.add(Violation.of("outOf", "value.must-be-positive", "must be positive (was " + outOf + ")", outOf));
    } else if (score < 1 || score > outOf) {
      problems.add(
          Violation.of(
              "score",
              "satisfaction.out-of-scale",
              "must be from 1 to " + outOf + " (was " + score + ")",
              score,
              outOf));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  /**
   * A score.
   *
   * @param score from 1 to {@code outOf}
   * @param outOf the top of the scale
   * @return the score
   * @throws InvalidValueException if the scale is below 1 or the score outside it
   */
  public static Satisfaction of(int score, int outOf) {
    return new Satisfaction(score, outOf);
  }

  /** {@return for example {@code 4/5}} */
  @Override
  public String toString() {
    return score + "/" + outOf;
  }
}
