package io.parcelclaims.rules.intl;

import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A per-kg cargo limit in SDR and the first date of carriage it governs, such as the Montreal
 * Convention's 26 SDR/kg for carriage from 2024-12-28 (docs/conventions.md). Each revision governs carriage
 * until the next one in a list takes over.
 *
 * @param inForceFrom the first date of carriage the limit governs
 * @param perKg the limit per kg, above zero
 * @since 0.1.0
 */
public record SdrLimitRevision(LocalDate inForceFrom, SdrAmount perKg) {

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if {@code perKg} is zero
   */
  public SdrLimitRevision {
    Objects.requireNonNull(inForceFrom, "inForceFrom");
    Objects.requireNonNull(perKg, "perKg");
    if (perKg.units().signum() == 0) {
      throw new InvalidValueException(
          List.of(Violation.of("perKg", "value.must-be-positive", "must be above zero (was " + perKg + ")", perKg)));
    }
  }
}
