package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claim that a parcel was lost, damaged, delivered short of contents or late: what happened, to
 * which shipment, who claims, how much, for which items, and the evidence so far.
 *
 * <p>The claimant appears as a party reference and role only; names and contacts live in
 * {@link Party}, which only the intake command carries. The free-text description is masked in
 * {@link #toString()} because claimants write phone numbers and addresses into it. For form input
 * with every problem reported at once, use {@link ClaimIntake}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Claim {
  Claim() {}

  /** {@return the claim id} */
  public abstract ClaimId id();

  /** {@return what went wrong} */
  public abstract ClaimType type();

  /** {@return the shipment the claim is about} */
  public abstract Shipment shipment();

  /** {@return who claims} */
  public abstract Claimant claimant();

  /** {@return the channel the claim came through} */
  public abstract IntakeChannel channel();

  /** {@return when the claim was reported; not before the shipment was accepted} */
  public abstract Instant reportedAt();

  /** {@return the claimant's description; may hold personal data, so masked in toString} */
  @Value.Redacted
  public abstract String description();

  /** {@return the amount claimed, in the shipment's currency, not negative} */
  public abstract Money amountClaimed();

  /** {@return the shipment items the claim is about; empty when the whole parcel is} */
  public abstract List<AffectedItem> affectedItems();

  /** {@return for a damage claim, whether the damage is total or partial; empty otherwise} */
  public abstract Optional<DamageExtent> damageExtent();

  /** {@return the evidence so far, in submission order} */
  public abstract List<Evidence> evidence();

  /**
   * This claim with one more evidence item.
   *
   * @param item the new evidence
   * @return a copy
   * @throws io.parcelclaims.value.InvalidValueException if the id is already used
   */
  public final Claim withAddedEvidence(Evidence item) {
    List<Evidence> all = new java.util.ArrayList<>(evidence());
    all.add(item);
    return withEvidence(all);
  }

  /**
   * This claim with its evidence replaced.
   *
   * @param evidence the evidence
   * @return a copy
   */
  public abstract Claim withEvidence(Iterable<? extends Evidence> evidence);

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    checkParts(
        checks,
        type(),
        shipment(),
        reportedAt(),
        description(),
        amountClaimed(),
        affectedItems(),
        damageExtent().orElse(null),
        evidence());
    checks.throwIfAny();
  }

  /** The claim-level rules, tolerant of missing parts (null) so that intake can run them too. */
  static void checkParts(
      Checks checks,
      ClaimType type,
      Shipment shipment,
      Instant reportedAt,
      String description,
      Money amountClaimed,
      List<AffectedItem> affected,
      DamageExtent extent,
      List<Evidence> evidence) {
    checks.notBlank("description", description);
    checks.nonNegative("amountClaimed", amountClaimed);
    if (shipment != null && reportedAt != null && reportedAt.isBefore(shipment.acceptedAt())) {
      checks.add(
          "reportedAt",
          "claim.reported-before-accepted",
          "must not be before the shipment was accepted (" + shipment.acceptedAt() + ")",
          reportedAt,
          shipment.acceptedAt());
    }
    if (shipment != null && amountClaimed != null && !amountClaimed.currency().equals(shipment.currency())) {
      checks.add(
          "amountClaimed",
          "claim.currency-differs",
          "must be in the shipment's currency " + shipment.currency() + " (was " + amountClaimed.currency() + ")",
          shipment.currency(),
          amountClaimed.currency());
    }
    if (type == ClaimType.DAMAGE && extent == null) {
      checks.add("damageExtent", "claim.extent-required", "is required for a damage claim");
    }
    if (type != null && type != ClaimType.DAMAGE && extent != null) {
      checks.add("damageExtent", "claim.extent-not-applicable", "applies only to damage claims (type is " + type + ")", type);
    }
    checkAffected(checks, shipment, affected);
    checkEvidenceIds(checks, evidence);
  }

  private static void checkAffected(Checks checks, Shipment shipment, List<AffectedItem> affected) {
    for (int i = 0; i < affected.size(); i++) {
      AffectedItem a = affected.get(i);
      String path = "affectedItems[" + i + "]";
      for (int j = 0; j < i; j++) {
        if (affected.get(j).line() == a.line()) {
          checks.add(path + ".line", "claim.duplicate-line", "duplicates affectedItems[" + j + "]", a.line());
        }
      }
      if (shipment == null) {
        continue;
      }
      Optional<Item> item = shipment.item(a.line());
      if (item.isEmpty()) {
        checks.add(path + ".line", "claim.no-such-item", "the shipment has no item line " + a.line(), a.line());
      } else if (a.quantity() > item.get().quantity()) {
        checks.add(
            path + ".quantity",
            "claim.quantity-above-shipped",
            "must not exceed the " + item.get().quantity() + " shipped (was " + a.quantity() + ")",
            a.quantity(),
            item.get().quantity());
      }
    }
  }

  private static void checkEvidenceIds(Checks checks, List<Evidence> evidence) {
    for (int i = 0; i < evidence.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (evidence.get(i).id().equals(evidence.get(j).id())) {
          checks.add(
              "evidence[" + i + "].id",
              "claim.duplicate-evidence",
              "duplicates evidence[" + j + "]",
              evidence.get(i).id());
        }
      }
    }
  }

  /** Builds a {@link Claim}; use once. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
