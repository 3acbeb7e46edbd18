package io.parcelclaims.workflow;

import static io.parcelclaims.policy.Policies.claimType;
import static io.parcelclaims.policy.Policies.feeMultiple;
import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.insuredAmount;
import static io.parcelclaims.policy.Policies.onlyWhen;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.provedValue;
import static io.parcelclaims.policy.Policies.shippingFee;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.calendar.CalendarPeriod;
import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.Tariff;
import io.parcelclaims.servicelevel.LimitKind;
import io.parcelclaims.servicelevel.Milestone;
import io.parcelclaims.servicelevel.ServiceClock;
import io.parcelclaims.servicelevel.ServiceLevel;
import io.parcelclaims.servicelevel.ServiceLevels;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/** The wiring, actors and claims the workflow tests share. Numbers cite the pages under docs/. */
final class WorkflowFixtures {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ClaimId LOSS_ID = ClaimId.of("C-LOSS-1");
  static final ClaimId DAMAGE_ID = ClaimId.of("C-DAMAGE-1");
  static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  static final Actor CLAIMANT = Actor.of(ActorId.of("claimant-P-77"), ActorRole.CLAIMANT);
  static final Actor DESK = Actor.of(ActorId.of("cs-li"), ActorRole.CUSTOMER_SERVICE);
  static final Actor INVESTIGATOR = Actor.of(ActorId.of("inv-wang"), ActorRole.INVESTIGATOR);
  /** An assessor who may commit up to CNY 500.00 alone (a test figure, not a rule). */
  static final Actor ASSESSOR = Actor.builder().id(ActorId.of("as-zhao")).role(ActorRole.ASSESSOR)
      .addAuthorityLimits(Money.of("CNY", "500.00")).build();
  /** A supervisor whose limit covers CNY 5,000.00. */
  static final Actor SUPERVISOR = Actor.builder().id(ActorId.of("sup-chen")).role(ActorRole.SUPERVISOR)
      .addAuthorityLimits(Money.of("CNY", "5000.00")).build();
  /** A supervisor whose limit covers only CNY 100.00. */
  static final Actor JUNIOR_SUPERVISOR = Actor.builder().id(ActorId.of("sup-xu")).role(ActorRole.SUPERVISOR)
      .addAuthorityLimits(Money.of("CNY", "100.00")).build();
  static final Actor FINANCE = Actor.of(ActorId.of("fin-sun"), ActorRole.FINANCE);

  private WorkflowFixtures() {}

  /** docs/time-bars-and-calendars.md, the 2025 arrangement: Labour Day and National Day, with their make-up days. */
  static BusinessCalendar calendar() {
    return BusinessCalendar.builder()
        .zone(SHANGHAI)
        .firstYear(Year.of(2025))
        .lastYear(Year.of(2026))
        .offDays(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5))
        .makeUpWorkingDay(LocalDate.of(2025, 4, 27))
        .offDays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
        .makeUpWorkingDay(LocalDate.of(2025, 9, 28))
        .makeUpWorkingDay(LocalDate.of(2025, 10, 11))
        .build();
  }

  /**
   * A tariff in the shape of SF copy B (docs/worked-examples.md EX-04, EX-02): an uninsured loss pays the
   * proved value capped at 7 × the fee, plus the fee; partial damage pays the insured amount in
   * proportion to the loss.
   */
  static CompensationPolicy tariff(String version, EffectivePeriod period) {
    return Tariff.builder("test.sf-b", version)
        .effective(period)
        .line(LineKind.COMPENSATION, Remedy.CASH, firstApplicable("test.compensation",
            when(claimType(ClaimType.DAMAGE), insuredAmount().proportionalToLoss("test.loss-share")),
            otherwise(provedValue().cappedAtContested("test.cap", feeMultiple("test.fee-x7", 7)))))
        .line(LineKind.FEE_REFUND, Remedy.FEE_REFUND,
            onlyWhen("test.fee-refund", claimType(ClaimType.LOSS), shippingFee()))
        .build();
  }

  static PolicyCatalogue catalogue() {
    return PolicyCatalogue.of("test.sf-b", java.util.List.of(
        tariff("2024.1", EffectivePeriod.from(LocalDate.of(2024, 1, 1)))));
  }

  /** The workflow with core's default service levels: the seeds' 10 working days. */
  static ClaimWorkflow workflow() {
    return ClaimWorkflow.of(catalogue(), ServiceLevels.defaults(), calendar());
  }

  /**
   * The seeds' target plus the GB/T clocks of docs/time-bars-and-calendars.md [S]: answer within 24 hours, propose
   * within 30 calendar days of that answer, pay within 7 calendar days of agreement; and the
   * 7-day complaint answer of the Interim Regulations [V].
   */
  static ServiceLevels gbtLevels() {
    return ServiceLevels.defaults().plus(java.util.List.of(
        level("GBT-ANSWER-24H", ServiceClock.FIRST_RESPONSE, Milestone.CLAIM_REPORTED, CalendarPeriod.hours(24)),
        level("GBT-PROPOSAL-30D", ServiceClock.COMPENSATION_PROPOSAL, Milestone.FIRST_RESPONSE_GIVEN,
            CalendarPeriod.calendarDays(30)),
        level("GBT-PAY-7D", ServiceClock.PAYMENT, Milestone.AMOUNT_AGREED, CalendarPeriod.calendarDays(7)),
        level("REG-COMPLAINT-7D", ServiceClock.COMPLAINT_ANSWER, Milestone.COMPLAINT_RECEIVED,
            CalendarPeriod.calendarDays(7))));
  }

  static ServiceLevel level(String id, ServiceClock clock, Milestone start, CalendarPeriod length) {
    return ServiceLevel.builder().id(id).clock(clock).startsAt(start).length(length)
        .kind(LimitKind.HARD_LIMIT).source("docs/time-bars-and-calendars.md").build();
  }

  static ClaimWorkflow gbtWorkflow() {
    return ClaimWorkflow.of(catalogue(), gbtLevels(), calendar());
  }

  static Shipment.Builder shipment(String waybill, String fee, Instant accepted) {
    return Shipment.builder()
        .waybill(WaybillNumber.of(waybill))
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(accepted)
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("3"))
        .shippingFee(Money.of("CNY", fee));
  }

  /** EX-04's uninsured loss: fee 18.00, to be proved at 780.00; reported Friday 2025-09-26. */
  static Claim lossClaim() {
    return lossClaim(Instant.parse("2025-09-26T02:00:00Z"));
  }

  static Claim lossClaim(Instant reportedAt) {
    return Claim.builder()
        .id(LOSS_ID)
        .type(ClaimType.LOSS)
        .shipment(shipment("SF1234567890123", "18.00", Instant.parse("2025-09-20T02:00:00Z")).build())
        .claimant(Claimant.of(PartyRef.of("P-77"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(reportedAt)
        .description("parcel never arrived; call 13800138000")
        .amountClaimed(Money.of("CNY", "780.00"))
        .build();
  }

  /** EX-02's under-insured partial damage: value 5,000.00, insured 2,000.00, loss 1,500.00. */
  static Claim damageClaim() {
    return Claim.builder()
        .id(DAMAGE_ID)
        .type(ClaimType.DAMAGE)
        .damageExtent(DamageExtent.PARTIAL)
        .shipment(shipment("SF9876543210987", "23.00", Instant.parse("2025-04-22T02:00:00Z"))
            .declaredValue(Money.of("CNY", "2000.00"))
            .insurancePremium(Money.of("CNY", "10.00"))
            .deliveredAt(Instant.parse("2025-04-24T06:00:00Z"))
            .build())
        .claimant(Claimant.of(PartyRef.of("P-88"), PartyRole.RECIPIENT))
        .channel(IntakeChannel.PHONE)
        .reportedAt(Instant.parse("2025-04-25T01:00:00Z"))
        .description("screen cracked")
        .amountClaimed(Money.of("CNY", "1500.00"))
        .build();
  }

  static Party party(String ref) {
    return Party.builder()
        .ref(PartyRef.of(ref))
        .name("Zhang Wei")
        .phone("+86 138 0013 8000")
        .address("88 Nanjing Road, Huangpu District, Shanghai")
        .accountNumber("6222020200112233445")
        .build();
  }

  static Evidence evidence(String id, EvidenceKind kind, Submitter submitter, Instant at) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .kind(kind)
        .submitter(submitter)
        .submittedAt(at)
        .document(DocumentReference.of(URI.create("s3://claims/" + id + ".pdf"), DIGEST))
        .build();
  }

  static Evidence receipt(String id, String amount, Instant at) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .kind(EvidenceKind.PURCHASE_PROOF)
        .submitter(Submitter.CLAIMANT)
        .submittedAt(at)
        .document(DocumentReference.of(URI.create("s3://claims/" + id + ".pdf"), DIGEST))
        .addStatedFacts(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, Money.of("CNY", amount)))
        .build();
  }

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }
}
