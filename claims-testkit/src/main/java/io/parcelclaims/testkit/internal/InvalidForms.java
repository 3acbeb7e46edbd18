package io.parcelclaims.testkit.internal;

import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.money.Money;
import io.parcelclaims.testkit.internal.FormParts.EvidenceParts;
import io.parcelclaims.testkit.internal.FormParts.ShipmentParts;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Claim forms made invalid on purpose: a valid claim's parts with one to three defects from a
 * catalogue, each defect in its own slot so that no two undo each other.
 */
public final class InvalidForms {
  private static final String SHA = "0".repeat(64);
  private static final String MISSING_WAYBILL = "shipment.waybill";

  /**
   * A form with its defects.
   *
   * @param defects what is wrong, one text per defect
   * @param expectedPaths the paths every intake must report
   * @param parts the form's recipe
   */
  public record Form(List<String> defects, List<String> expectedPaths, FormParts parts) {}

  /** What applying a defect gives: the changed parts and the path now wrong. */
  private record Applied(FormParts parts, String path) {}

  /**
   * One defect of the catalogue.
   *
   * @param slot the part it changes; two defects of one slot never meet
   * @param text what it does
   * @param needsShipment whether its check needs a shipment that builds (claim-level checks
   *     against the shipment are skipped when the shipment itself is invalid)
   * @param breaksShipment whether it makes the shipment invalid
   * @param apply how it changes the parts
   */
  private record Defect(String slot, String text, boolean needsShipment, boolean breaksShipment, Function<FormParts, Applied> apply) {
    @Override
    public String toString() {
      return text;
    }
  }

  private InvalidForms() {}

  /**
   * Invalid forms made from claims with at least one shipped item, in CNY.
   *
   * @param claims valid claims with itemised shipments, in CNY
   * @return the forms
   */
  public static Arbitrary<Form> forms(Arbitrary<Claim> claims) {
    Arbitrary<List<Defect>> defects =
        Arbitraries.of(catalogue()).list().ofMinSize(1).ofMaxSize(3).uniqueElements(Defect::slot);
    return Combinators.combine(claims, defects).as(InvalidForms::apply);
  }

  private static Form apply(Claim claim, List<Defect> defects) {
    FormParts parts = FormParts.of(claim);
    boolean shipmentBroken = defects.stream().anyMatch(Defect::breaksShipment);
    // a builder reports missing attributes before it checks content, so a missing waybill hides
    // the shipment's other defects (Immutables reports them in a second round)
    boolean shipmentIncomplete = defects.stream().anyMatch(d -> d.slot().equals(MISSING_WAYBILL));
    List<String> texts = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (Defect d : defects) {
      Applied applied = d.apply().apply(parts);
      parts = applied.parts();
      texts.add(d.text());
      // a claim-level check against the shipment cannot run when the shipment itself fails
      boolean hidden = d.breaksShipment() && shipmentIncomplete && !d.slot().equals(MISSING_WAYBILL);
      if (!hidden && !(d.needsShipment() && shipmentBroken) && !paths.contains(applied.path())) {
        paths.add(applied.path());
      }
    }
    return new Form(texts, paths, parts);
  }

  private static List<Defect> catalogue() {
    Money usd = Money.of("USD", "10.00");
    return List.of(
        claim("id", "no claim id", p -> new Applied(p.withId(null), "id")),
        claim("type", "no claim type", p -> new Applied(p.withType(null, null), "type")),
        claim("type", "a damage claim without its extent", p -> new Applied(p.withType(ClaimType.DAMAGE, null), "damageExtent")),
        claim("type", "a loss claim with a damage extent", p -> new Applied(p.withType(ClaimType.LOSS, DamageExtent.PARTIAL), "damageExtent")),
        claim("claimant", "no claimant", p -> new Applied(p.withClaimant(null), "claimant")),
        claim("channel", "no intake channel", p -> new Applied(p.withChannel(null), "channel")),
        claim("reportedAt", "no report time", p -> new Applied(p.withReportedAt(null), "reportedAt")),
        claim("description", "no description", p -> new Applied(p.withDescription(null), "description")),
        claim("description", "a blank description", p -> new Applied(p.withDescription("  "), "description")),
        claim("amountClaimed", "no amount claimed", p -> new Applied(p.withAmountClaimed(null), "amountClaimed")),
        claim("amountClaimed", "a negative amount claimed", p -> new Applied(p.withAmountClaimed(Money.of("CNY", "-0.01")), "amountClaimed")),
        againstShipment("amountClaimed", "an amount claimed in USD", p -> new Applied(p.withAmountClaimed(usd), "amountClaimed")),
        againstShipment(
            "reportedAt",
            "reported a second before acceptance",
            p -> new Applied(p.withReportedAt(p.shipment().acceptedAt().minusSeconds(1)), "reportedAt")),
        againstShipment(
            "affected",
            "an affected item on line 99, which was not shipped",
            p -> appendAffected(p, AffectedItem.of(99, 1), "line")),
        againstShipment(
            "affected",
            "more of line 1 affected than shipped",
            p -> appendAffected(p, AffectedItem.of(1, p.shipment().contents().get(0).quantity() + 1), "quantity")),
        claim(
            "affected",
            "line 1 affected twice",
            p -> {
              Applied first = appendAffected(p, AffectedItem.of(1, 1), "line");
              return appendAffected(first.parts(), AffectedItem.of(1, 1), "line");
            }),
        claim(
            "evidence",
            "two evidence items with one id",
            p -> {
              int n = p.evidence().size();
              EvidenceParts e = evidence("EV-DUP", Instant.EPOCH, List.of());
              return new Applied(p.withEvidence(EvidenceParts.appended(p.evidence(), e, e)), "evidence[" + (n + 1) + "].id");
            }),
        claim(
            "evidence",
            "evidence without a submission time",
            p -> {
              int n = p.evidence().size();
              return new Applied(p.withEvidence(EvidenceParts.appended(p.evidence(), evidence("EV-LATE", null, List.of()))), "evidence[" + n + "].submittedAt");
            }),
        claim(
            "evidence",
            "evidence stating the receipt amount twice",
            p -> {
              int n = p.evidence().size();
              List<StatedFact> facts =
                  List.of(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, Money.of("CNY", "1.00")), StatedFact.amount(StatedFact.RECEIPT_AMOUNT, Money.of("CNY", "2.00")));
              return new Applied(p.withEvidence(EvidenceParts.appended(p.evidence(), evidence("EV-TWICE", Instant.EPOCH, facts))), "evidence[" + n + "].statedFacts[1].name");
            }),
        shipment(MISSING_WAYBILL, "a shipment without a waybill", s -> s.withWaybill(null), "waybill"),
        shipment("shipment.fee", "a negative shipping fee", s -> s.withMoney(Money.of("CNY", "-1.00"), s.declared(), s.premium()), "shippingFee"),
        shipment("shipment.gross", "a gross weight of zero", s -> s.withWeights(BigDecimal.ZERO, s.chargeableKg()), "grossWeightKg"),
        shipment("shipment.chargeable", "a negative chargeable weight", s -> s.withWeights(s.grossKg(), new BigDecimal("-0.5")), "chargeableWeightKg"),
        shipment(
            "shipment.insurance",
            "a declared value without its premium",
            s -> s.withMoney(s.fee(), Money.of("CNY", "3000.00"), null),
            "insurancePremium"),
        shipment("shipment.insurance", "a premium without a declared value", s -> s.withMoney(s.fee(), null, Money.of("CNY", "9.00")), "declaredValue"),
        shipment("shipment.insurance", "a declared value in USD", s -> s.withMoney(s.fee(), usd, Money.of("CNY", "1.00")), "declaredValue"),
        shipment(
            "shipment.insurance",
            "a negative declared value",
            s -> s.withMoney(s.fee(), Money.of("CNY", "-5.00"), Money.of("CNY", "1.00")),
            "declaredValue"),
        shipment(
            "shipment.deliveredAt",
            "delivered a minute before acceptance",
            s -> s.withTimes(s.promisedBy(), s.acceptedAt().minusSeconds(60)),
            "deliveredAt"),
        shipment(
            "shipment.promisedBy",
            "promised a second before acceptance",
            s -> s.withTimes(s.acceptedAt().minusSeconds(1), s.deliveredAt()),
            "promisedBy"),
        new Defect(
            "shipment.contents",
            "two shipped items on line 1",
            false,
            true,
            p -> {
              List<Item> contents = new ArrayList<>(p.shipment().contents());
              contents.add(contents.get(0));
              return new Applied(p.withShipment(p.shipment().withContents(contents)), "shipment.contents[" + (contents.size() - 1) + "].line");
            }),
        new Defect(
            "shipment.contents",
            "a shipped item valued in USD",
            false,
            true,
            p -> {
              List<Item> contents = new ArrayList<>(p.shipment().contents());
              Item first = contents.get(0);
              contents.set(
                  0,
                  Item.builder().line(first.line()).description(first.description()).category(first.category()).quantity(first.quantity()).unitValue(usd).build());
              return new Applied(p.withShipment(p.shipment().withContents(contents)), "shipment.contents[0].unitValue");
            }));
  }

  private static Defect claim(String slot, String text, Function<FormParts, Applied> apply) {
    return new Defect(slot, text, false, false, apply);
  }

  private static Defect againstShipment(String slot, String text, Function<FormParts, Applied> apply) {
    return new Defect(slot, text, true, false, apply);
  }

  private static Defect shipment(String slot, String text, Function<ShipmentParts, ShipmentParts> change, String path) {
    return new Defect(slot, text, false, true, p -> new Applied(p.withShipment(change.apply(p.shipment())), "shipment." + path));
  }

  private static Applied appendAffected(FormParts p, AffectedItem item, String field) {
    List<AffectedItem> affected = new ArrayList<>(p.affected());
    affected.add(item);
    return new Applied(p.withAffected(affected), "affectedItems[" + (affected.size() - 1) + "]." + field);
  }

  private static EvidenceParts evidence(String id, Instant submitted, List<StatedFact> facts) {
    return new EvidenceParts(
        EvidenceId.of(id),
        EvidenceKind.PHOTOS,
        Submitter.CLAIMANT,
        submitted,
        DocumentReference.of(URI.create("urn:parcelclaims:document:" + id), SHA),
        facts,
        ReviewStatus.PENDING);
  }
}
