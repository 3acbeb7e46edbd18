package io.parcelclaims.stored;

import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.CarrierKind;
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
import io.parcelclaims.money.Money;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Stored forms of the claim values: one {@code encode} and one {@code decode} per type, field names
 * fixed here and never derived from Java names, so renaming a method cannot change a stored event.
 */
final class ValueForms {
  private ValueForms() {}

  // ---- helpers

  static <T> List<StoredValue> each(List<T> items, Function<? super T, ? extends StoredValue> form) {
    List<StoredValue> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(form.apply(i)));
    return out;
  }

  static <T> List<T> eachRecord(
      StoredRecord fields, String name, Function<StoredRecord, ? extends T> read) {
    List<T> out = new ArrayList<>();
    for (StoredRecord r : fields.records(name)) {
      out.add(read.apply(r));
    }
    return out;
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, StoredRecord fields, String name) {
    String text = fields.text(name);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new StoredFormException(name + ": unknown value \"" + text + "\"", e);
    }
  }

  static StoredValue text(String value) {
    return new StoredValue.Text(value);
  }

  // ---- money

  static StoredRecord money(Money money) {
    return StoredRecord.builder()
        .decimal("amount", money.amount())
        .text("currency", money.currency().getCurrencyCode())
        .build();
  }

  static Money money(StoredRecord fields) {
    return Money.of(currency(fields, "currency"), fields.decimal("amount"));
  }

  static Currency currency(StoredRecord fields, String name) {
    String code = fields.text(name);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new StoredFormException(name + ": unknown currency \"" + code + "\"", e);
    }
  }

  // ---- settlement lines

  static StoredRecord line(SettlementLine line) {
    return StoredRecord.builder()
        .text("kind", line.kind().code())
        .text("deducted", Boolean.toString(line.kind().deducted()))
        .text("remedy", line.remedy().code())
        .record("amount", money(line.amount()))
        .build();
  }

  static SettlementLine line(StoredRecord fields) {
    LineKind kind =
        flag(fields, "deducted")
            ? LineKind.deduction(fields.text("kind"))
            : LineKind.of(fields.text("kind"));
    return SettlementLine.of(kind, Remedy.of(fields.text("remedy")), money(fields.record("amount")));
  }

  static boolean flag(StoredRecord fields, String name) {
    String text = fields.text(name);
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new StoredFormException(name + ": expected true or false (was \"" + text + "\")");
    };
  }

  // ---- claim

  static StoredRecord claim(Claim claim) {
    return StoredRecord.builder()
        .text("id", claim.id().value())
        .text("type", claim.type().name())
        .record("shipment", shipment(claim.shipment()))
        .record(
            "claimant",
            StoredRecord.builder()
                .text("party", claim.claimant().party().value())
                .text("role", claim.claimant().role().name())
                .build())
        .text("channel", claim.channel().code())
        .instant("reportedAt", claim.reportedAt())
        .text("description", claim.description())
        .record("amountClaimed", money(claim.amountClaimed()))
        .list(
            "affectedItems",
            each(
                claim.affectedItems(),
                a -> StoredRecord.builder().integer("line", a.line()).integer("quantity", a.quantity())
                    .build()))
        .putIfPresent("damageExtent", claim.damageExtent(), d -> text(d.name()))
        .list("evidence", each(claim.evidence(), ValueForms::evidence))
        .build();
  }

  static Claim claim(StoredRecord fields) {
    StoredRecord claimant = fields.record("claimant");
    Claim.Builder b = Claim.builder();
    b.id(ClaimId.of(fields.text("id")))
        .type(enumOf(ClaimType.class, fields, "type"))
        .shipment(shipment(fields.record("shipment")))
        .claimant(
            Claimant.of(
                PartyRef.of(claimant.text("party")), enumOf(PartyRole.class, claimant, "role")))
        .channel(IntakeChannel.of(fields.text("channel")))
        .reportedAt(fields.instant("reportedAt"))
        .description(fields.text("description"))
        .amountClaimed(money(fields.record("amountClaimed")))
        .addAllAffectedItems(
            eachRecord(
                fields,
                "affectedItems",
                a -> AffectedItem.of(a.integer("line"), a.integer("quantity"))))
        .addAllEvidence(eachRecord(fields, "evidence", ValueForms::evidence));
    if (fields.find("damageExtent").isPresent()) {
      b.damageExtent(enumOf(DamageExtent.class, fields, "damageExtent"));
    }
    return b.build();
  }

  static StoredRecord shipment(Shipment s) {
    return StoredRecord.builder()
        .text("waybill", s.waybill().value())
        .text("scope", s.scope().name())
        .text("transportMode", s.transportMode().name())
        .text("mailClass", s.mailClass().name())
        .text("monthlyAccount", Boolean.toString(s.monthlyAccount()))
        .record("origin", place(s.origin()))
        .record("destination", place(s.destination()))
        .instant("acceptedAt", s.acceptedAt())
        .putIfPresent("promisedBy", s.promisedBy(), StoredValue.Timestamp::new)
        .putIfPresent("deliveredAt", s.deliveredAt(), StoredValue.Timestamp::new)
        .decimal("grossWeightKg", s.grossWeightKg())
        .decimal("chargeableWeightKg", s.chargeableWeightKg())
        .record("shippingFee", money(s.shippingFee()))
        .putIfPresent("declaredValue", s.declaredValue(), ValueForms::money)
        .putIfPresent("insurancePremium", s.insurancePremium(), ValueForms::money)
        .putIfPresent("statedValue", s.statedValue(), ValueForms::money)
        .putIfPresent("declaredInterestInDelivery", s.declaredInterestInDelivery(), ValueForms::money)
        .putIfPresent("carrier", s.carrier(), ValueForms::carrier)
        .putIfPresent("acceptanceZone", s.acceptanceZone().map(ZoneId::getId), ValueForms::text)
        .list("contents", each(s.contents(), ValueForms::item))
        .build();
  }

  static Shipment shipment(StoredRecord f) {
    Shipment.Builder b = Shipment.builder();
    b.waybill(WaybillNumber.of(f.text("waybill")))
        .scope(enumOf(ServiceScope.class, f, "scope"))
        .transportMode(enumOf(TransportMode.class, f, "transportMode"))
        .mailClass(enumOf(MailClass.class, f, "mailClass"))
        .monthlyAccount(flag(f, "monthlyAccount"))
        .origin(place(f.record("origin")))
        .destination(place(f.record("destination")))
        .acceptedAt(f.instant("acceptedAt"))
        .promisedBy(f.optionalInstant("promisedBy"))
        .deliveredAt(f.optionalInstant("deliveredAt"))
        .grossWeightKg(f.decimal("grossWeightKg"))
        .chargeableWeightKg(f.decimal("chargeableWeightKg"))
        .shippingFee(money(f.record("shippingFee")))
        .declaredValue(f.optionalRecord("declaredValue").map(ValueForms::money))
        .insurancePremium(f.optionalRecord("insurancePremium").map(ValueForms::money))
        .statedValue(f.optionalRecord("statedValue").map(ValueForms::money))
        .declaredInterestInDelivery(f.optionalRecord("declaredInterestInDelivery").map(ValueForms::money))
        .carrier(f.optionalRecord("carrier").map(c -> Carrier.of(enumOf(CarrierKind.class, c, "kind"), c.text("id"))))
        .acceptanceZone(f.optionalText("acceptanceZone").map(ZoneId::of))
        .addAllContents(eachRecord(f, "contents", ValueForms::item));
    return b.build();
  }

  static StoredRecord carrier(Carrier c) {
    return StoredRecord.builder().text("kind", c.kind().name()).text("id", c.id()).build();
  }

  static StoredRecord place(Place p) {
    return StoredRecord.builder()
        .text("country", p.country())
        .putIfPresent("region", p.region(), ValueForms::text)
        .text("city", p.city())
        .build();
  }

  static Place place(StoredRecord f) {
    return Place.builder()
        .country(f.text("country"))
        .region(f.optionalText("region"))
        .city(f.text("city"))
        .build();
  }

  static StoredRecord item(Item i) {
    return StoredRecord.builder()
        .integer("line", i.line())
        .text("description", i.description())
        .text("category", i.category().code())
        .integer("quantity", i.quantity())
        .record("unitValue", money(i.unitValue()))
        .build();
  }

  static Item item(StoredRecord f) {
    return Item.builder()
        .line(f.integer("line"))
        .description(f.text("description"))
        .category(ItemCategory.of(f.text("category")))
        .quantity(f.integer("quantity"))
        .unitValue(money(f.record("unitValue")))
        .build();
  }

  // ---- evidence

  static StoredRecord evidence(Evidence e) {
    return StoredRecord.builder()
        .text("id", e.id().value())
        .text("kind", e.kind().code())
        .text("submitter", e.submitter().name())
        .instant("submittedAt", e.submittedAt())
        .record(
            "document",
            StoredRecord.builder()
                .text("uri", e.document().uri().toString())
                .text("sha256", e.document().sha256())
                .build())
        .list("statedFacts", each(e.statedFacts(), ValueForms::statedFact))
        .text("reviewStatus", e.reviewStatus().name())
        .build();
  }

  static Evidence evidence(StoredRecord f) {
    StoredRecord document = f.record("document");
    URI uri;
    try {
      uri = new URI(document.text("uri"));
    } catch (URISyntaxException e) {
      throw new StoredFormException("document.uri: " + e.getMessage(), e);
    }
    return Evidence.builder()
        .id(EvidenceId.of(f.text("id")))
        .kind(EvidenceKind.of(f.text("kind")))
        .submitter(enumOf(Submitter.class, f, "submitter"))
        .submittedAt(f.instant("submittedAt"))
        .document(DocumentReference.of(uri, document.text("sha256")))
        .addAllStatedFacts(eachRecord(f, "statedFacts", ValueForms::statedFact))
        .reviewStatus(enumOf(ReviewStatus.class, f, "reviewStatus"))
        .build();
  }

  static StoredRecord statedFact(StatedFact s) {
    return StoredRecord.builder()
        .text("name", s.name())
        .putIfPresent("amount", s.amount(), ValueForms::money)
        .putIfPresent("text", s.text(), ValueForms::text)
        .build();
  }

  static StatedFact statedFact(StoredRecord f) {
    String name = f.text("name");
    return f.optionalRecord("amount")
        .map(a -> StatedFact.amount(name, money(a)))
        .orElseGet(() -> StatedFact.text(name, f.text("text")));
  }

  static List<StoredValue> codes(List<String> codes) {
    return each(codes, ValueForms::text);
  }

  static List<DenialReason> denialReasons(StoredRecord f, String name) {
    return f.texts(name).stream().map(DenialReason::of).toList();
  }
}
