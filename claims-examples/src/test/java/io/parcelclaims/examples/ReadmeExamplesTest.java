package io.parcelclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.DateOutsideCalendarException;
import io.parcelclaims.calendar.HolidayShift;
import io.parcelclaims.calendar.YearArrangement;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.GuardedPolicy;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.rules.evidence.EvidenceAnswer;
import io.parcelclaims.rules.evidence.EvidenceMatrices;
import io.parcelclaims.rules.timebar.TimeBars;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's code, copied here verbatim between the markers. */
class ReadmeExamplesTest {

  @Test
  void a_claim_in_code() {
    // README: a claim in code
    Shipment shipment = Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(Instant.parse("2025-05-10T02:00:00Z"))
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(Money.of("CNY", "18.00"))
        .build();

    Claim claim = Claim.builder()
        .id(ClaimId.of("C-2025-0001"))
        .type(ClaimType.LOSS)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-77"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(Instant.parse("2025-05-15T08:30:00Z"))
        .description("parcel never arrived")
        .amountClaimed(Money.of("CNY", "780.00"))
        .build();
    // end README

    assertEquals(Money.of("CNY", "18.00"), claim.shipment().shippingFee());
    assertFalse(claim.shipment().isInsured());
  }

  @Test
  void before_pricing() {
    // GIVEN docs/worked-examples.md EX-17 (c): SF international accepted the parcel 2025-03-15, claim 2025-04-19
    Shipment shipment = Shipment.builder()
        .waybill(WaybillNumber.of("SF9876543210987"))
        .scope(ServiceScope.INTERNATIONAL)
        .transportMode(TransportMode.AIR)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("US", "Chicago"))
        .acceptedAt(Instant.parse("2025-03-15T04:00:00Z"))
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("2.5"))
        .shippingFee(Money.of("USD", "20.00"))
        .build();
    Claim claim = Claim.builder()
        .id(ClaimId.of("C-2025-0002"))
        .type(ClaimType.LOSS)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-78"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(Instant.parse("2025-04-19T04:00:00Z"))
        .description("parcel never arrived")
        .amountClaimed(Money.of("USD", "300.00"))
        .build();
    AssessmentContext context = AssessmentContext.builder()
        .governingDate(LocalDate.of(2025, 3, 15))
        .zone(ZoneId.of("Asia/Shanghai"))
        .provedValue(Money.of("USD", "300.00"))
        .build();

    // README: before pricing
    BusinessCalendar calendar = ChineseCalendars.mainland();
    CompensationPolicy sfInternational = GuardedPolicy.builder(Carriers.sfInternational())
        .timeBar(TimeBars.sfInternational(calendar))       // 30 days from acceptance
        .build();

    Assessment late = sfInternational.assess(claim, context); // lodged 35 days after acceptance
    EvidenceAnswer evidence = EvidenceMatrices.sfInternational().check(claim, context);
    List<EvidenceKind> askFor = evidence.missingKinds();     // what to request from the claimant
    List<EvidenceKind> mayWaive = evidence.waivableKinds();  // what the desk may waive
    // end README

    assertEquals(Outcome.DENIED, late.outcome());
    assertEquals(List.of(DenialReason.TIME_BARRED), late.denialReasons());
    assertTrue(askFor.contains(EvidenceKind.WAYBILL), askFor::toString);
    assertFalse(mayWaive.contains(EvidenceKind.WAYBILL), mayWaive::toString);
  }

  @Test
  void a_notice_supplied_as_data_decides_a_provisional_year() {
    // a hypothetical 2027 notice (docs/time-bars-and-calendars.md: none is known yet) that makes 01-01..01-06 off
    String noticeText = """
        year 2027
        source hypothetical notice for a test
        off 2027-01-01 2027-01-06
        """;
    LocalDate reported = LocalDate.of(2026, 12, 7);

    // README: a notice as data
    YearArrangement notice2027 = YearArrangement.parse(noticeText); // lines: year, source, off, work
    BusinessCalendar calendar = ChineseCalendars.mainland(notice2027);
    // end README

    BusinessCalendar bundled = ChineseCalendars.mainland();
    assertTrue(bundled.isProvisional(LocalDate.of(2027, 1, 6)));
    assertEquals(LocalDate.of(2027, 1, 6), bundled.plusCalendarDays(reported, 30, HolidayShift.AFTER_HOLIDAY));
    assertFalse(calendar.isProvisional(LocalDate.of(2027, 1, 6)));
    assertEquals(LocalDate.of(2027, 1, 7), calendar.plusCalendarDays(reported, 30, HolidayShift.AFTER_HOLIDAY));
    assertTrue(calendar.isProvisional(LocalDate.of(2028, 1, 3)), "2028 is still provisional");
    assertThrows(DateOutsideCalendarException.class,
        () -> bundled.plusCalendarDays(LocalDate.of(2028, 12, 1), 60, HolidayShift.AFTER_HOLIDAY));
  }
}
