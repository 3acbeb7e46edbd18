package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import io.parcelclaims.value.Violation;
import java.util.function.Supplier;

/**
 * A claim form as it arrives from an intake channel: every part may be missing or wrong, and
 * {@link #toClaim()} reports all problems in one answer.
 *
 * <p>A {@link Claim.Builder} stops at the first round of problems: missing attributes are reported
 * before content rules run, and a bad nested value fails when it is built. This form instead takes
 * the nested values as unbuilt builders, collects missing attributes, nested violations (paths
 * prefixed {@code shipment.}, {@code evidence[i].}) and claim-level violations together, and throws
 * them in one {@link InvalidValueException}. Use each form once; it is not thread-safe.
 *
 * @since 0.1.0
 */
public final class ClaimIntake {
  private ClaimId id;
  private ClaimType type;
  private Supplier<Shipment> shipment;
  private Claimant claimant;
  private IntakeChannel channel;
  private Instant reportedAt;
  private String description;
  private Money amountClaimed;
  private DamageExtent damageExtent;
  private final List<AffectedItem> affectedItems = new ArrayList<>();
  private final List<Supplier<Evidence>> evidence = new ArrayList<>();

  private ClaimIntake() {}

  /** {@return an empty form} */
  public static ClaimIntake form() {
    return new ClaimIntake();
  }

  /**
   * Sets the claim id.
   *
   * @param value the id
   * @return this form
   */
  public ClaimIntake id(ClaimId value) {
    this.id = Objects.requireNonNull(value, "id");
    return this;
  }

  /**
   * Sets the claim type.
   *
   * @param value the type
   * @return this form
   */
  public ClaimIntake type(ClaimType value) {
    this.type = Objects.requireNonNull(value, "type");
    return this;
  }

  /**
   * Sets the shipment, still unbuilt, so its problems join the others.
   *
   * @param builder a shipment builder with the parts the channel gave
   * @return this form
   */
  public ClaimIntake shipment(Shipment.Builder builder) {
    Objects.requireNonNull(builder, "shipment");
    this.shipment = builder::build;
    return this;
  }

  /**
   * Sets the claimant.
   *
   * @param value the claimant
   * @return this form
   */
  public ClaimIntake claimant(Claimant value) {
    this.claimant = Objects.requireNonNull(value, "claimant");
    return this;
  }

  /**
   * Sets the intake channel.
   *
   * @param value the channel
   * @return this form
   */
  public ClaimIntake channel(IntakeChannel value) {
    this.channel = Objects.requireNonNull(value, "channel");
    return this;
  }

  /**
   * Sets when the claim was reported.
   *
   * @param value the time
   * @return this form
   */
  public ClaimIntake reportedAt(Instant value) {
    this.reportedAt = Objects.requireNonNull(value, "reportedAt");
    return this;
  }

  /**
   * Sets the description.
   *
   * @param value the claimant's text
   * @return this form
   */
  public ClaimIntake description(String value) {
    this.description = Objects.requireNonNull(value, "description");
    return this;
  }

  /**
   * Sets the amount claimed.
   *
   * @param value the amount
   * @return this form
   */
  public ClaimIntake amountClaimed(Money value) {
    this.amountClaimed = Objects.requireNonNull(value, "amountClaimed");
    return this;
  }

  /**
   * Sets the extent of damage, for a damage claim.
   *
   * @param value the extent
   * @return this form
   */
  public ClaimIntake damageExtent(DamageExtent value) {
    this.damageExtent = Objects.requireNonNull(value, "damageExtent");
    return this;
  }

  /**
   * Adds an affected item.
   *
   * @param value the item and quantity
   * @return this form
   */
  public ClaimIntake addAffectedItem(AffectedItem value) {
    affectedItems.add(Objects.requireNonNull(value, "affectedItem"));
    return this;
  }

  /**
   * Adds an evidence item, still unbuilt, so its problems join the others.
   *
   * @param builder an evidence builder
   * @return this form
   */
  public ClaimIntake addEvidence(Evidence.Builder builder) {
    Objects.requireNonNull(builder, "evidence");
    evidence.add(builder::build);
    return this;
  }

  /**
   * Every problem with the form, in one list: missing attributes, nested violations and claim-level
   * violations.
   *
   * @return the violations; empty when {@link #toClaim()} would succeed
   */
  public List<Violation> violations() {
    Checks checks = new Checks();
    check(checks);
    return checks.violations();
  }

  /**
   * The claim the form describes.
   *
   * @return the claim
   * @throws InvalidValueException listing every problem, when there is any
   */
  public Claim toClaim() {
    Checks checks = new Checks();
    Parts parts = check(checks);
    checks.throwIfAny();
    Claim.Builder builder = Claim.builder();
    builder
        .id(id)
        .type(type)
        .shipment(parts.shipment)
        .claimant(claimant)
        .channel(channel)
        .reportedAt(reportedAt)
        .description(description)
        .amountClaimed(amountClaimed)
        .addAllAffectedItems(affectedItems)
        .addAllEvidence(parts.evidence);
    if (damageExtent != null) {
      builder.damageExtent(damageExtent);
    }
    return builder.build();
  }

  private Parts check(Checks checks) {
    missing(checks, "id", id);
    missing(checks, "type", type);
    missing(checks, "shipment", shipment);
    missing(checks, "claimant", claimant);
    missing(checks, "channel", channel);
    missing(checks, "reportedAt", reportedAt);
    missing(checks, "description", description);
    missing(checks, "amountClaimed", amountClaimed);
    Shipment built = shipment == null ? null : build(checks, "shipment", shipment);
    List<Evidence> items = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = build(checks, "evidence[" + i + "]", evidence.get(i));
      if (e != null) {
        items.add(e);
      }
    }
    Claim.checkParts(
        checks, type, built, reportedAt, description, amountClaimed, affectedItems, damageExtent, items);
    return new Parts(built, items);
  }

  private static <T> T build(Checks checks, String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      checks.addUnder(path, e.violations());
      return null;
    }
  }

  private static void missing(Checks checks, String path, Object value) {
    if (value == null) {
      checks.add(path, InvalidValueException.MISSING, "is required");
    }
  }

  private record Parts(Shipment shipment, List<Evidence> evidence) {}
}
