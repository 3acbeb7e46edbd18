package io.parcelclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcelclaims.value.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CarrierTest {

  @Test
  void china_post_is_the_postal_operator_and_an_express_company_is_its_own_kind() {
    assertEquals(new Carrier(CarrierKind.POSTAL_OPERATOR, "china-post"), Carrier.chinaPost());
    assertEquals(CarrierKind.EXPRESS_COMPANY, Carrier.express("sf-express").kind());
    assertEquals("express-company:sf-express", Carrier.express("sf-express").toString());
  }

  @Test
  void an_id_is_a_lowercase_code() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Carrier.express("SF Express"));

    assertEquals("id", e.violations().get(0).path());
    assertEquals("value.malformed", e.violations().get(0).key());
  }

  @Test
  void a_shipment_without_a_carrier_still_builds() {
    Shipment s = Fixtures.shipment().build();

    assertEquals(Optional.empty(), s.carrier());
    assertEquals(Optional.of(Carrier.chinaPost()), Fixtures.shipment().carrier(Carrier.chinaPost()).build().carrier());
  }

  @Test
  void the_acceptance_date_is_in_the_zone_of_the_place_of_acceptance_when_the_shipment_records_it() {
    // GIVEN accepted at 2025-05-09T20:00Z: still 05-09 in UTC, already 05-10 in Shanghai
    Instant accepted = Instant.parse("2025-05-09T20:00:00Z");
    Shipment unzoned = acceptedAt(accepted).build();
    Shipment zoned = acceptedAt(accepted).acceptanceZone(ZoneId.of("Asia/Shanghai")).build();

    // WHEN / THEN the recorded zone wins over the caller's; without one the caller's zone is used
    assertEquals(LocalDate.of(2025, 5, 10), zoned.acceptanceDate(ZoneOffset.UTC));
    assertEquals(LocalDate.of(2025, 5, 9), unzoned.acceptanceDate(ZoneOffset.UTC));
    assertEquals(LocalDate.of(2025, 5, 10), unzoned.acceptanceDate(ZoneId.of("Asia/Shanghai")));
  }

  private static Shipment.Builder acceptedAt(Instant accepted) {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(accepted)
        .grossWeightKg(java.math.BigDecimal.ONE)
        .chargeableWeightKg(java.math.BigDecimal.ONE)
        .shippingFee(io.parcelclaims.money.Money.of("CNY", "18.00"));
  }
}
