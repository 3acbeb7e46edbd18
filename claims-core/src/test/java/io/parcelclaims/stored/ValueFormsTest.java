package io.parcelclaims.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.Alternative;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.PolicyId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every optional part present, so every field of the value forms is written and read back. */
class ValueFormsTest {
  private static final Instant ACCEPTED = Instant.parse("2025-05-10T02:00:00Z");
  private static final Currency CNY = Currency.getInstance("CNY");

  static Claim richClaim() {
    Shipment shipment =
        Shipment.builder()
            .waybill(WaybillNumber.of("SF1234567890123"))
            .scope(ServiceScope.INTERNATIONAL)
            .transportMode(TransportMode.AIR)
            .mailClass(MailClass.EXPRESS)
            .monthlyAccount(true)
            .origin(Place.builder().country("CN").region("Guangdong").city("Shenzhen").build())
            .destination(Place.of("DE", "Berlin"))
            .acceptedAt(ACCEPTED)
            .promisedBy(ACCEPTED.plusSeconds(3 * 86_400))
            .deliveredAt(ACCEPTED.plusSeconds(4 * 86_400))
            .grossWeightKg(new BigDecimal("2.50"))
            .chargeableWeightKg(new BigDecimal("3"))
            .shippingFee(Money.of("CNY", "18.00"))
            .declaredValue(Money.of("CNY", "3000.00"))
            .insurancePremium(Money.of("CNY", "9.00"))
            .addContents(
                Item.builder()
                    .line(1)
                    .description("phone \"X\"\nwith case")
                    .category(ItemCategory.ELECTRONICS)
                    .quantity(2)
                    .unitValue(Money.of("CNY", "1500.00"))
                    .build())
            .build();
    Evidence evidence =
        Evidence.builder()
            .id(EvidenceId.of("ev-1"))
            .kind(EvidenceKind.PURCHASE_PROOF)
            .submitter(Submitter.CLAIMANT)
            .submittedAt(ACCEPTED.plusSeconds(5 * 86_400))
            .document(
                DocumentReference.of(
                    URI.create("s3://claims/ev-1.pdf?v=2"),
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
            .addStatedFacts(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, Money.of("CNY", "3000.00")))
            .addStatedFacts(StatedFact.text("note", "boxed"))
            .reviewStatus(ReviewStatus.ACCEPTED)
            .build();
    return Claim.builder()
        .id(ClaimId.of("C-1"))
        .type(ClaimType.DAMAGE)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.RECIPIENT))
        .channel(IntakeChannel.APP)
        .reportedAt(ACCEPTED.plusSeconds(5 * 86_400))
        .description("screen cracked")
        .amountClaimed(Money.of("CNY", "1500.00"))
        .addAffectedItems(AffectedItem.of(1, 1))
        .damageExtent(DamageExtent.PARTIAL)
        .addEvidence(evidence)
        .build();
  }

  static Assessment richAssessment() {
    PolicyId rule = PolicyId.of("carrier.sf.domestic-b", "2021.1");
    ExplanationStep child =
        ExplanationStep.builder()
            .rule(rule)
            .messageKey("cap.freight-multiple")
            .addArguments(MessageArg.decimal(new BigDecimal("7")))
            .addArguments(MessageArg.money(Money.of("CNY", "126.00")))
            .addArguments(MessageArg.date(LocalDate.of(2025, 3, 10)))
            .addArguments(MessageArg.days(7))
            .addArguments(MessageArg.code("E04"))
            .addArguments(MessageArg.terms("term.evidence", List.of("E04", "E06")))
            .addFacts(new Fact("fee", MessageArg.money(Money.of("CNY", "18.00"))))
            .before(Money.of("CNY", "780.00"))
            .after(Money.of("CNY", "126.00"))
            .chosen(true)
            .build();
    ExplanationStep root =
        ExplanationStep.builder().rule(rule).messageKey("policy").addChildren(child).build();
    SettlementLine compensation =
        SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, Money.of("CNY", "126.00"));
    SettlementLine refund =
        SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, Money.of("CNY", "18.00"));
    return Assessment.builder()
        .policy(rule)
        .outcome(Outcome.PAYABLE)
        .addDenialReasons(DenialReason.TIME_BARRED)
        .addMissingEvidence(EvidenceKind.PHOTOS)
        .dueOn(LocalDate.of(2025, 3, 10))
        .addLines(compensation, refund)
        .currency(CNY)
        .explanation(root)
        .alternative(
            Alternative.builder()
                .reasonKey("cap.contested")
                .addLines(
                    SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, Money.of("CNY", "780.00")),
                    refund)
                .currency(CNY)
                .explanation(child.withChosen(false))
                .build())
        .build();
  }

  static AssessmentContext richContext() {
    return AssessmentContext.builder()
        .governingDate(LocalDate.of(2025, 5, 10))
        .zone(ZoneId.of("Asia/Shanghai"))
        .finding(InvestigationFinding.DAMAGED)
        .addDefences(DenialReason.FORCE_MAJEURE)
        .intentOrGrossNegligence(true)
        .provedValue(Money.of("CNY", "3000.00"))
        .assessedLoss(Money.of("CNY", "1500.00"))
        .affectedWeightKg(new BigDecimal("1.25"))
        .salvageValue(Money.of("CNY", "100.00"))
        .sdrRate(new SdrRate(CNY, new BigDecimal("9.7000"), LocalDate.of(2025, 5, 9)))
        .addExchangeRates(
            new ExchangeRate(
                Currency.getInstance("USD"), CNY, new BigDecimal("7.1234"),
                LocalDate.of(2025, 5, 9)))
        .addPriorPayouts(Money.of("CNY", "18.00"))
        .capNoticeProven(true)
        .build();
  }

  @Test
  void a_claim_with_every_optional_part_reads_back_equal_through_its_text() {
    Claim claim = richClaim();

    StoredRecord stored = StoredText.parseFields(StoredText.renderFields(ValueForms.claim(claim)));

    assertEquals(claim, ValueForms.claim(stored));
  }

  @Test
  void an_assessment_with_an_alternative_and_every_argument_kind_reads_back_equal() {
    Assessment assessment = richAssessment();

    StoredRecord stored =
        StoredText.parseFields(StoredText.renderFields(PolicyForms.assessment(assessment)));

    assertEquals(assessment, PolicyForms.assessment(stored));
  }

  @Test
  void a_context_with_every_input_reads_back_equal() {
    AssessmentContext context = richContext();

    StoredRecord stored =
        StoredText.parseFields(StoredText.renderFields(PolicyForms.context(context)));

    assertEquals(context, PolicyForms.context(stored));
  }
}
