package io.parcelclaims.testkit;

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
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Fixed examples for hand-written tests: a shipment, a claim, an assessment context, an item and
 * an evidence item with sensible defaults, each returned as a builder that the test overrides.
 * Builders are not strict, so a later setter replaces a default; {@code builder().from(value)}
 * starts from an existing value.
 *
 * <p>The defaults: an express, uninsured, domestic inter-city road shipment of 2.5 kg, waybill
 * {@code SF1234567890123}, from Shenzhen to Shanghai, accepted at 10:00 in Shanghai on
 * {@link #ACCEPTED_ON} with a fee of CNY 0.00; a claim {@code C-1} by the sender {@code P-1} through
 * the app, reported when the shipment was accepted, claiming nothing; a context governed by the
 * acceptance date in Shanghai with nothing established. The acceptance date 2025-03-15 is the date of
 * carriage of docs/worked-examples.md's EX-10, used as a date inside every ready preset's period.
 * None of these is a figure a rule reads: a test sets the figures its example names.
 */
public final class Examples {
  /** The zone of every default instant: Asia/Shanghai. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The default acceptance date, 2025-03-15 (EX-10's date of carriage). */
  public static final LocalDate ACCEPTED_ON = LocalDate.of(2025, 3, 15);

  /** The default acceptance instant: 10:00 in Shanghai on {@link #ACCEPTED_ON}. */
  public static final Instant ACCEPTED_AT = at(ACCEPTED_ON, LocalTime.of(10, 0));

  private Examples() {}

  /**
   * An amount in CNY.
   *
   * @param amount the amount, as a decimal string
   * @return the money
   */
  public static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  /**
   * An amount in USD.
   *
   * @param amount the amount, as a decimal string
   * @return the money
   */
  public static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  /**
   * An instant on a date at a time of day in Shanghai.
   *
   * @param date the date
   * @param time the time of day
   * @return the instant
   */
  public static Instant at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(SHANGHAI).toInstant();
  }

  /**
   * Noon in Shanghai on a date.
   *
   * @param date the date, ISO format ({@code 2025-02-27})
   * @return the instant
   */
  public static Instant noon(String date) {
    return at(LocalDate.parse(date), LocalTime.NOON);
  }

  /**
   * The default shipment, as a builder to override.
   *
   * @return a builder holding the default shipment
   */
  public static Shipment.Builder shipment() {
    return Shipment.builder()
        .waybill(WaybillNumber.of("SF1234567890123"))
        .mailClass(MailClass.EXPRESS)
        .scope(ServiceScope.DOMESTIC_INTER_CITY)
        .transportMode(TransportMode.ROAD)
        .origin(Place.of("CN", "Shenzhen"))
        .destination(Place.of("CN", "Shanghai"))
        .acceptedAt(ACCEPTED_AT)
        .grossWeightKg(new BigDecimal("2.5"))
        .chargeableWeightKg(new BigDecimal("2.5"))
        .shippingFee(cny("0.00"));
  }

  /**
   * The default shipment with a fee and the same gross and chargeable weight.
   *
   * @param fee the shipping fee
   * @param weightKg the gross and chargeable weight in kilograms, as a decimal string
   * @return a builder holding the shipment
   */
  public static Shipment.Builder shipment(Money fee, String weightKg) {
    return shipment().shippingFee(fee).grossWeightKg(new BigDecimal(weightKg)).chargeableWeightKg(new BigDecimal(weightKg));
  }

  /**
   * The default claim of a type on a shipment: reported when the shipment was accepted, claiming
   * nothing in the shipment's currency.
   *
   * @param type the claim type
   * @param shipment the shipment
   * @return a builder holding the claim
   */
  public static Claim.Builder claim(ClaimType type, Shipment shipment) {
    return Claim.builder()
        .id(ClaimId.of("C-1"))
        .type(type)
        .shipment(shipment)
        .claimant(Claimant.of(PartyRef.of("P-1"), PartyRole.SENDER))
        .channel(IntakeChannel.APP)
        .reportedAt(shipment.acceptedAt())
        .description("parcel claim")
        .amountClaimed(Money.zero(shipment.currency()));
  }

  /**
   * The default damage claim of an extent on a shipment, otherwise as {@link #claim(ClaimType, Shipment)}.
   *
   * @param extent the extent of the damage
   * @param shipment the shipment
   * @return a builder holding the claim
   */
  public static Claim.Builder damage(DamageExtent extent, Shipment shipment) {
    return claim(ClaimType.DAMAGE, shipment).damageExtent(extent);
  }

  /**
   * The default context: governed by {@link #ACCEPTED_ON} in Shanghai, nothing established.
   *
   * @return a builder holding the context
   */
  public static AssessmentContext.Builder context() {
    return context(ACCEPTED_ON);
  }

  /**
   * A context governed by a date, in Shanghai, nothing established.
   *
   * @param governingDate the governing date
   * @return a builder holding the context
   */
  public static AssessmentContext.Builder context(LocalDate governingDate) {
    return AssessmentContext.builder().governingDate(governingDate).zone(SHANGHAI);
  }

  /**
   * A context governed by a claim's acceptance date in Shanghai, nothing established.
   *
   * @param claim the claim
   * @return a builder holding the context
   */
  public static AssessmentContext.Builder context(Claim claim) {
    return context(claim.shipment().acceptanceDate(SHANGHAI));
  }

  /**
   * Item line 1 of the contents, described as "goods".
   *
   * @param category the category
   * @param quantity the quantity
   * @param unitValue the value of one unit
   * @return a builder holding the item
   */
  public static Item.Builder item(ItemCategory category, int quantity, Money unitValue) {
    return Item.builder().line(1).description("goods").category(category).quantity(quantity).unitValue(unitValue);
  }

  /**
   * Evidence {@code EV-1} of a kind, submitted by the claimant at an instant, stating nothing; its
   * document is {@code urn:parcelclaims:document:1}.
   *
   * @param kind the kind
   * @param submittedAt when it was submitted
   * @return a builder holding the evidence
   */
  public static Evidence.Builder evidence(EvidenceKind kind, Instant submittedAt) {
    return Evidence.builder()
        .id(EvidenceId.of("EV-1"))
        .kind(kind)
        .submitter(Submitter.CLAIMANT)
        .submittedAt(submittedAt)
        .document(DocumentReference.of(URI.create("urn:parcelclaims:document:1"), "0".repeat(64)));
  }
}
