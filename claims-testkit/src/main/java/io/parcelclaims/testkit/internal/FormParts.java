package io.parcelclaims.testkit.internal;

import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimIntake;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a claim form holds, any part possibly missing (null) or wrong: the immutable recipe of a
 * {@link ClaimIntake}, from which {@link #newForm()} fills a fresh form each time.
 *
 * @param id the claim id
 * @param type the claim type
 * @param shipment the shipment's parts
 * @param claimant the claimant
 * @param channel the intake channel
 * @param reportedAt when reported
 * @param description the claimant's text
 * @param amountClaimed the amount claimed
 * @param extent the damage extent
 * @param affected the affected items
 * @param evidence the evidence items' parts
 */
public record FormParts(
    ClaimId id,
    ClaimType type,
    ShipmentParts shipment,
    Claimant claimant,
    IntakeChannel channel,
    Instant reportedAt,
    String description,
    Money amountClaimed,
    DamageExtent extent,
    List<AffectedItem> affected,
    List<EvidenceParts> evidence) {

  /** Copies the lists. */
  public FormParts {
    affected = List.copyOf(affected);
    evidence = List.copyOf(evidence);
  }

  /**
   * The parts of a valid claim.
   *
   * @param c the claim
   * @return its parts
   */
  public static FormParts of(Claim c) {
    return new FormParts(
        c.id(),
        c.type(),
        ShipmentParts.of(c.shipment()),
        c.claimant(),
        c.channel(),
        c.reportedAt(),
        c.description(),
        c.amountClaimed(),
        c.damageExtent().orElse(null),
        c.affectedItems(),
        c.evidence().stream().map(EvidenceParts::of).toList());
  }

  /** {@return a fresh form filled with these parts, missing ones left unset} */
  public ClaimIntake newForm() {
    ClaimIntake f = ClaimIntake.form();
    if (id != null) {
      f.id(id);
    }
    if (type != null) {
      f.type(type);
    }
    if (shipment != null) {
      f.shipment(shipment.newBuilder());
    }
    if (claimant != null) {
      f.claimant(claimant);
    }
    if (channel != null) {
      f.channel(channel);
    }
    if (reportedAt != null) {
      f.reportedAt(reportedAt);
    }
    if (description != null) {
      f.description(description);
    }
    if (amountClaimed != null) {
      f.amountClaimed(amountClaimed);
    }
    if (extent != null) {
      f.damageExtent(extent);
    }
    affected.forEach(f::addAffectedItem);
    evidence.forEach(e -> f.addEvidence(e.newBuilder()));
    return f;
  }

  FormParts withId(ClaimId v) {
    return new FormParts(v, type, shipment, claimant, channel, reportedAt, description, amountClaimed, extent, affected, evidence);
  }

  FormParts withType(ClaimType v, DamageExtent e) {
    return new FormParts(id, v, shipment, claimant, channel, reportedAt, description, amountClaimed, e, affected, evidence);
  }

  FormParts withShipment(ShipmentParts v) {
    return new FormParts(id, type, v, claimant, channel, reportedAt, description, amountClaimed, extent, affected, evidence);
  }

  FormParts withClaimant(Claimant v) {
    return new FormParts(id, type, shipment, v, channel, reportedAt, description, amountClaimed, extent, affected, evidence);
  }

  FormParts withChannel(IntakeChannel v) {
    return new FormParts(id, type, shipment, claimant, v, reportedAt, description, amountClaimed, extent, affected, evidence);
  }

  FormParts withReportedAt(Instant v) {
    return new FormParts(id, type, shipment, claimant, channel, v, description, amountClaimed, extent, affected, evidence);
  }

  FormParts withDescription(String v) {
    return new FormParts(id, type, shipment, claimant, channel, reportedAt, v, amountClaimed, extent, affected, evidence);
  }

  FormParts withAmountClaimed(Money v) {
    return new FormParts(id, type, shipment, claimant, channel, reportedAt, description, v, extent, affected, evidence);
  }

  FormParts withAffected(List<AffectedItem> v) {
    return new FormParts(id, type, shipment, claimant, channel, reportedAt, description, amountClaimed, extent, v, evidence);
  }

  FormParts withEvidence(List<EvidenceParts> v) {
    return new FormParts(id, type, shipment, claimant, channel, reportedAt, description, amountClaimed, extent, affected, v);
  }

  /**
   * A shipment's parts, any possibly missing (null) or wrong.
   *
   * @param waybill the waybill
   * @param scope the scope
   * @param mode the transport mode
   * @param mailClass the mail class
   * @param monthlyAccount whether on a monthly account
   * @param origin the origin
   * @param destination the destination
   * @param acceptedAt when accepted
   * @param promisedBy the promised time
   * @param deliveredAt the delivery time
   * @param grossKg the gross weight
   * @param chargeableKg the chargeable weight
   * @param fee the shipping fee
   * @param declared the declared value
   * @param premium the premium
   * @param contents the items
   */
  public record ShipmentParts(
      WaybillNumber waybill,
      ServiceScope scope,
      TransportMode mode,
      MailClass mailClass,
      boolean monthlyAccount,
      Place origin,
      Place destination,
      Instant acceptedAt,
      Instant promisedBy,
      Instant deliveredAt,
      BigDecimal grossKg,
      BigDecimal chargeableKg,
      Money fee,
      Money declared,
      Money premium,
      List<Item> contents) {

    /** Copies the list. */
    public ShipmentParts {
      contents = List.copyOf(contents);
    }

    static ShipmentParts of(Shipment s) {
      return new ShipmentParts(
          s.waybill(),
          s.scope(),
          s.transportMode(),
          s.mailClass(),
          s.monthlyAccount(),
          s.origin(),
          s.destination(),
          s.acceptedAt(),
          s.promisedBy().orElse(null),
          s.deliveredAt().orElse(null),
          s.grossWeightKg(),
          s.chargeableWeightKg(),
          s.shippingFee(),
          s.declaredValue().orElse(null),
          s.insurancePremium().orElse(null),
          s.contents());
    }

    Shipment.Builder newBuilder() {
      Shipment.Builder b = Shipment.builder();
      if (waybill != null) {
        b.waybill(waybill);
      }
      b.scope(scope).transportMode(mode).mailClass(mailClass).monthlyAccount(monthlyAccount).origin(origin).destination(destination);
      b.acceptedAt(acceptedAt).grossWeightKg(grossKg).chargeableWeightKg(chargeableKg).shippingFee(fee);
      if (promisedBy != null) {
        b.promisedBy(promisedBy);
      }
      if (deliveredAt != null) {
        b.deliveredAt(deliveredAt);
      }
      if (declared != null) {
        b.declaredValue(declared);
      }
      if (premium != null) {
        b.insurancePremium(premium);
      }
      return b.addAllContents(contents);
    }

    ShipmentParts withWaybill(WaybillNumber v) {
      return new ShipmentParts(v, scope, mode, mailClass, monthlyAccount, origin, destination, acceptedAt, promisedBy, deliveredAt, grossKg, chargeableKg, fee, declared, premium, contents);
    }

    ShipmentParts withTimes(Instant promised, Instant delivered) {
      return new ShipmentParts(waybill, scope, mode, mailClass, monthlyAccount, origin, destination, acceptedAt, promised, delivered, grossKg, chargeableKg, fee, declared, premium, contents);
    }

    ShipmentParts withWeights(BigDecimal gross, BigDecimal chargeable) {
      return new ShipmentParts(waybill, scope, mode, mailClass, monthlyAccount, origin, destination, acceptedAt, promisedBy, deliveredAt, gross, chargeable, fee, declared, premium, contents);
    }

    ShipmentParts withMoney(Money f, Money d, Money p) {
      return new ShipmentParts(waybill, scope, mode, mailClass, monthlyAccount, origin, destination, acceptedAt, promisedBy, deliveredAt, grossKg, chargeableKg, f, d, p, contents);
    }

    ShipmentParts withContents(List<Item> v) {
      return new ShipmentParts(waybill, scope, mode, mailClass, monthlyAccount, origin, destination, acceptedAt, promisedBy, deliveredAt, grossKg, chargeableKg, fee, declared, premium, v);
    }
  }

  /**
   * An evidence item's parts, the submission time possibly missing (null).
   *
   * @param id the id
   * @param kind the kind
   * @param submitter who submitted it
   * @param submittedAt when
   * @param document the document
   * @param facts the stated facts
   * @param status the review status
   */
  public record EvidenceParts(
      EvidenceId id,
      EvidenceKind kind,
      Submitter submitter,
      Instant submittedAt,
      DocumentReference document,
      List<StatedFact> facts,
      ReviewStatus status) {

    /** Copies the list. */
    public EvidenceParts {
      facts = List.copyOf(facts);
    }

    static EvidenceParts of(Evidence e) {
      return new EvidenceParts(e.id(), e.kind(), e.submitter(), e.submittedAt(), e.document(), e.statedFacts(), e.reviewStatus());
    }

    Evidence.Builder newBuilder() {
      Evidence.Builder b = Evidence.builder();
      b.id(id).kind(kind).submitter(submitter).document(document).addAllStatedFacts(facts).reviewStatus(status);
      if (submittedAt != null) {
        b.submittedAt(submittedAt);
      }
      return b;
    }

    static List<EvidenceParts> appended(List<EvidenceParts> list, EvidenceParts... more) {
      List<EvidenceParts> all = new ArrayList<>(list);
      all.addAll(List.of(more));
      return all;
    }
  }
}
