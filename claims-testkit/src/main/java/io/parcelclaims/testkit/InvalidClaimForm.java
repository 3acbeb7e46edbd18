package io.parcelclaims.testkit;

import io.parcelclaims.claim.ClaimIntake;
import io.parcelclaims.testkit.internal.FormParts;
import java.util.List;

/**
 * A claim form with one to three deliberate defects, and the field paths an intake must name when it
 * rejects it ({@code amountClaimed}, {@code shipment.declaredValue}, {@code evidence[2].id}).
 *
 * <p>{@link #newForm()} fills a fresh {@link ClaimIntake} each time, so a test can hand the same
 * input to the SDK's intake and to a carrier's own. The expected paths are those the defects
 * guarantee; an intake may report more (a check that compares the claim with its shipment, for
 * instance, cannot run while the shipment itself is invalid, and is then not expected). Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class InvalidClaimForm {
  private final List<String> defects;
  private final List<String> expectedPaths;
  private final FormParts parts;

  InvalidClaimForm(List<String> defects, List<String> expectedPaths, FormParts parts) {
    this.defects = List.copyOf(defects);
    this.expectedPaths = List.copyOf(expectedPaths);
    this.parts = parts;
  }

  /** {@return what is wrong with the form, one text per defect} */
  public List<String> defects() {
    return defects;
  }

  /** {@return the field paths a rejection must name, at least one} */
  public List<String> expectedPaths() {
    return expectedPaths;
  }

  /** {@return a new form filled with this input; each call gives a fresh, unused form} */
  public ClaimIntake newForm() {
    return parts.newForm();
  }

  /** {@return the defects and the paths they must be reported at} */
  @Override
  public String toString() {
    return "claim form with " + String.join("; ", defects) + " (must name " + expectedPaths + ")";
  }
}
