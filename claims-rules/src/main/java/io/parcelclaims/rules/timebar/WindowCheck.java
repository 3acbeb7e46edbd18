package io.parcelclaims.rules.timebar;

import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.policy.ExplanationStep;
import java.util.Objects;

/**
 * The result of checking a carrier's own window against a legal minimum, such as Carmack's 9
 * months to file a claim.
 *
 * @param window the window's id
 * @param length the window's length
 * @param minimum the legal minimum
 * @param meetsMinimum whether the window is at least the minimum from every start day
 * @param step the step explaining the result
 * @since 0.1.0
 */
public record WindowCheck(
    String window, CalendarPeriod length, CalendarPeriod minimum, boolean meetsMinimum, ExplanationStep step) {

  /** Checks every part is present. */
  public WindowCheck {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(step, "step");
  }
}
