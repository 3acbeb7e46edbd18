package io.parcelclaims.testkit.internal;

import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.policy.AssessmentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Short, complete descriptions of claims and contexts for counterexamples: every attribute a policy
 * can read, empty and default ones left out, no personal data (the claim's free text is never
 * shown).
 */
public final class Describe {
  private Describe() {}

  /**
   * A claim in one line.
   *
   * @param claim the claim
   * @return the description
   */
  public static String claim(Claim claim) {
    List<String> parts = new ArrayList<>();
    parts.add(claim.type() + claim.damageExtent().map(e -> " (" + e + ")").orElse("") + " claim " + claim.id());
    parts.add("claimed " + claim.amountClaimed());
    parts.add("reported " + claim.reportedAt());
    parts.add("by " + claim.claimant().role() + " " + claim.claimant().party() + " via " + claim.channel());
    if (!claim.affectedItems().isEmpty()) {
      parts.add("affected " + claim.affectedItems().stream().map(Describe::affected).collect(Collectors.joining(", ")));
    }
    if (!claim.evidence().isEmpty()) {
      parts.add("evidence " + claim.evidence().stream().map(Describe::evidence).collect(Collectors.joining(", ")));
    }
    return String.join(", ", parts) + "; shipment " + shipment(claim.shipment());
  }

  /**
   * A shipment in one line.
   *
   * @param s the shipment
   * @return the description
   */
  public static String shipment(Shipment s) {
    List<String> parts = new ArrayList<>();
    String service = s.waybill() + " " + s.scope() + " " + s.transportMode();
    if (s.mailClass() != MailClass.EXPRESS) {
      service += " " + s.mailClass();
    }
    parts.add(service);
    parts.add(s.origin().country() + " " + s.origin().city() + " to " + s.destination().country() + " " + s.destination().city());
    if (s.monthlyAccount()) {
      parts.add("monthly account");
    }
    parts.add("accepted " + s.acceptedAt());
    s.promisedBy().ifPresent(p -> parts.add("promised by " + p));
    s.deliveredAt().ifPresent(d -> parts.add("delivered " + d));
    parts.add("fee " + s.shippingFee());
    parts.add(
        s.declaredValue().map(v -> "declared " + v + " for premium " + s.insurancePremium().orElseThrow()).orElse("uninsured"));
    parts.add("gross " + s.grossWeightKg().toPlainString() + " kg, chargeable " + s.chargeableWeightKg().toPlainString() + " kg");
    if (!s.contents().isEmpty()) {
      parts.add("contents " + s.contents().stream().map(Describe::item).collect(Collectors.joining(", ")));
    }
    return String.join(", ", parts);
  }

  /**
   * A context in one line.
   *
   * @param x the context
   * @return the description
   */
  public static String context(AssessmentContext x) {
    List<String> parts = new ArrayList<>();
    parts.add("governed " + x.governingDate() + " in " + x.zone());
    x.finding().ifPresent(f -> parts.add("finding " + f));
    if (!x.defences().isEmpty()) {
      parts.add("defences " + x.defences());
    }
    if (x.intentOrGrossNegligence()) {
      parts.add("intent or gross negligence");
    }
    x.provedValue().ifPresent(v -> parts.add("provedValue " + v));
    x.assessedLoss().ifPresent(v -> parts.add("assessedLoss " + v));
    x.salvageValue().ifPresent(v -> parts.add("salvageValue " + v));
    if (!x.priorPayouts().isEmpty()) {
      parts.add("priorPayouts " + x.priorPayouts());
    }
    x.sdrRate().ifPresent(r -> parts.add("SDR 1 = " + r.currency().getCurrencyCode() + " " + r.unitsPerSdr().toPlainString() + " on " + r.date()));
    for (ExchangeRate r : x.exchangeRates()) {
      parts.add(r.from().getCurrencyCode() + " 1 = " + r.to().getCurrencyCode() + " " + r.rate().toPlainString() + " on " + r.date());
    }
    if (x.capNoticeProven()) {
      parts.add("cap notice proven");
    }
    return String.join(", ", parts);
  }

  private static String item(Item i) {
    String category = i.category().equals(ItemCategory.GENERAL) ? "" : " " + i.category();
    return "#" + i.line() + " " + i.quantity() + " x " + i.unitValue() + category;
  }

  private static String affected(AffectedItem a) {
    return "#" + a.line() + " x " + a.quantity();
  }

  private static String evidence(Evidence e) {
    String facts =
        e.statedFacts().isEmpty()
            ? ""
            : " " + e.statedFacts().stream()
                .map(f -> f.name() + f.amount().map(a -> "=" + a).orElse("=***"))
                .collect(Collectors.joining(" ", "[", "]"));
    return e.id() + " " + e.kind() + " " + e.reviewStatus() + facts;
  }
}
