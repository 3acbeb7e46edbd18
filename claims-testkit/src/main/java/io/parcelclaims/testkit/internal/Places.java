package io.parcelclaims.testkit.internal;

import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import java.util.List;

/** Origins and destinations that agree with a shipment's service scope. */
public final class Places {
  private static final List<Place> MAINLAND =
      List.of(
          Place.of("CN", "Shenzhen"),
          Place.of("CN", "Shanghai"),
          Place.of("CN", "Beijing"),
          Place.of("CN", "Chengdu"),
          Place.of("CN", "Urumqi"));
  private static final List<Place> HONG_KONG_MACAO_TAIWAN =
      List.of(Place.of("HK", "Hong Kong"), Place.of("MO", "Macao"), Place.of("TW", "Taipei"));
  private static final List<Place> ABROAD =
      List.of(
          Place.of("US", "Los Angeles"),
          Place.of("DE", "Frankfurt"),
          Place.of("JP", "Osaka"),
          Place.of("KW", "Kuwait City"),
          Place.of("GB", "London"));

  /** How many choices {@link #origin} and {@link #destination} read their index modulo. */
  public static final int CHOICES = 5;

  private Places() {}

  /**
   * Where a shipment of the scope starts: always a mainland city.
   *
   * @param scope the service scope
   * @param index any index from 0
   * @return the origin
   */
  public static Place origin(ServiceScope scope, int index) {
    return MAINLAND.get(index % MAINLAND.size());
  }

  /**
   * Where a shipment of the scope ends: the origin itself within one city, another mainland city
   * between cities, Hong Kong, Macao or Taiwan, or a city abroad.
   *
   * @param scope the service scope
   * @param originIndex the origin's index
   * @param index any index from 0
   * @return the destination
   */
  public static Place destination(ServiceScope scope, int originIndex, int index) {
    return switch (scope) {
      case SAME_CITY -> origin(scope, originIndex);
      case DOMESTIC_INTER_CITY -> MAINLAND.get((originIndex % MAINLAND.size() + 1 + index % (MAINLAND.size() - 1)) % MAINLAND.size());
      case HONG_KONG_MACAO_TAIWAN -> HONG_KONG_MACAO_TAIWAN.get(index % HONG_KONG_MACAO_TAIWAN.size());
      case INTERNATIONAL -> ABROAD.get(index % ABROAD.size());
    };
  }
}
