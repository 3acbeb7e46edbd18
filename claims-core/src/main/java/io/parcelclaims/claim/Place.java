package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where a shipment starts or ends, at city level: a country, an optional region and a city.
 *
 * <p>Deliberately no street address: that is personal data and lives in {@link Party}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Place {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  Place() {}

  /** {@return the ISO 3166-1 alpha-2 country code, such as {@code CN}} */
  public abstract String country();

  /** {@return the province, state or region, if given} */
  public abstract Optional<String> region();

  /** {@return the city} */
  public abstract String city();

  /**
   * A place from its parts.
   *
   * @param country ISO 3166-1 alpha-2 code
   * @param city city name
   * @return the place
   * @throws io.parcelclaims.value.InvalidValueException if a part is malformed
   */
  public static Place of(String country, String city) {
    return builder().country(country).city(city).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (!COUNTRY.matcher(country()).matches()) {
      checks.add(
          "country",
          "value.malformed",
          "must be an ISO 3166-1 alpha-2 code such as CN (was \"" + country() + "\")",
          country());
    }
    checks.notBlank("city", city());
    region().ifPresent(r -> checks.notBlank("region", r));
    checks.throwIfAny();
  }

  /** Builds a {@link Place}; use once. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
