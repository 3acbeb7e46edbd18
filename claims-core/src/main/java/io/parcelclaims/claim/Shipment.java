package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parcel a claim is about, as the carrier accepted it: route, service, weights, fee, declared
 * value and contents.
 *
 * <p>All money of a shipment (fee, declared value, premium, item values) is in one currency, the
 * shipping fee's. A shipment is insured (保价) exactly when it has a declared value, and then it also
 * has the premium paid for it. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Shipment {
  Shipment() {}

  /** {@return the waybill (tracking) number} */
  public abstract WaybillNumber waybill();

  /**
   * The carrier that accepted the parcel, which with the {@linkplain #mailClass() mail class} decides
   * the regime that governs a claim (docs/regimes.md). Empty when the caller does not say; a regime
   * chooser then reads the mail class alone.
   *
   * @return the carrier, or empty
   * @since 0.3.0
   */
  public abstract Optional<Carrier> carrier();

  /** {@return the geographic scope of the service} */
  public abstract ServiceScope scope();

  /** {@return how the parcel travelled} */
  public abstract TransportMode transportMode();

  /** {@return which legal regime the item falls under} */
  @Value.Default
  public MailClass mailClass() {
    return MailClass.EXPRESS;
  }

  /** {@return whether the sender ships on a monthly account (月结); some tariffs pay more} */
  @Value.Default
  public boolean monthlyAccount() {
    return false;
  }

  /** {@return where the parcel was accepted} */
  public abstract Place origin();

  /** {@return where the parcel was to be delivered} */
  public abstract Place destination();

  /** {@return when the carrier accepted (shipped) the parcel} */
  public abstract Instant acceptedAt();

  /**
   * The zone of the place of acceptance ({@link #origin()}), in which {@link #acceptedAt()} becomes
   * the acceptance date (docs/tracking.md: a taking-over or acceptance date is in the origin's zone;
   * domestic dates in {@code Asia/Shanghai}). {@link Place} holds no zone, and a country may span
   * several, so the zone is a fact of its own; when it is empty the caller's zone is used (see
   * {@link #acceptanceDate(ZoneId)}), as before this fact existed.
   *
   * @return the zone of the place of acceptance, or empty
   * @since 0.3.0
   */
  public abstract Optional<ZoneId> acceptanceZone();

  /** {@return the promised delivery time, when the carrier promised one} */
  public abstract Optional<Instant> promisedBy();

  /** {@return when the parcel was delivered, if it was} */
  public abstract Optional<Instant> deliveredAt();

  /** {@return the actual gross weight in kg, above zero} */
  public abstract BigDecimal grossWeightKg();

  /** {@return the weight the fee was charged on in kg, above zero} */
  public abstract BigDecimal chargeableWeightKg();

  /** {@return the service fee (freight or postage), excluding the insurance premium; not negative} */
  public abstract Money shippingFee();

  /** {@return the declared (insured) value, present exactly when the shipment is insured} */
  public abstract Optional<Money> declaredValue();

  /** {@return the premium paid for the declared value, present exactly when insured} */
  public abstract Optional<Money> insurancePremium();

  /**
   * A value of the contents written on the waybill or a customs declaration for another purpose than
   * the declared-value service: EMS international's 详情单 value of "declared goods", a customs value
   * (docs/carriers.md, docs/conventions.md). It is neither 保价 ({@link #declaredValue()}) nor a convention's special
   * declaration, and no policy reads it as either.
   *
   * @return the stated value, or empty; not negative
   * @since 0.2.0
   */
  public abstract Optional<Money> statedValue();

  /**
   * A special interest in delivery declared in the consignment note, with the agreed surcharge paid
   * (CMR Art. 26, docs/conventions.md): it adds compensation for further proven loss up to this amount. A
   * value declared for carriage ({@link #declaredValue()}) is the other declaration (CMR Art. 24,
   * Montreal Art. 22(3)).
   *
   * @return the declared interest, or empty; not negative
   * @since 0.2.0
   */
  public abstract Optional<Money> declaredInterestInDelivery();

  /** {@return the contents, by line; empty when the carrier did not itemise them} */
  public abstract List<Item> contents();

  /** {@return whether a value was declared (保价)} */
  public final boolean isInsured() {
    return declaredValue().isPresent();
  }

  /**
   * The acceptance date: {@link #acceptedAt()} as a date in the {@linkplain #acceptanceZone() zone of
   * the place of acceptance}, or in the given zone when the shipment does not record one.
   *
   * @param otherwise the zone to use when {@link #acceptanceZone()} is empty, such as the
   *     assessment's zone
   * @return the acceptance date
   * @since 0.3.0
   */
  public final LocalDate acceptanceDate(ZoneId otherwise) {
    return acceptedAt().atZone(acceptanceZone().orElse(otherwise)).toLocalDate();
  }

  /** {@return the currency of every amount of this shipment} */
  public final Currency currency() {
    return shippingFee().currency();
  }

  /**
   * The item on a line.
   *
   * @param line the line number
   * @return the item, or empty when no item has that line
   */
  public final Optional<Item> item(int line) {
    return contents().stream().filter(i -> i.line() == line).findFirst();
  }

  /** {@return the sum of the contents' values, zero when not itemised} */
  public final Money contentsValue() {
    return Money.total(currency(), contents().stream().map(Item::totalValue).toList());
  }

  /**
   * This shipment, delivered at the given time.
   *
   * @param deliveredAt the delivery time
   * @return a copy
   * @throws io.parcelclaims.value.InvalidValueException if that is before acceptance
   */
  public abstract Shipment withDeliveredAt(Instant deliveredAt);

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    positive(checks, "grossWeightKg", grossWeightKg());
    positive(checks, "chargeableWeightKg", chargeableWeightKg());
    checks.nonNegative("shippingFee", shippingFee());
    declaredValue().ifPresent(v -> checks.nonNegative("declaredValue", v));
    insurancePremium().ifPresent(p -> checks.nonNegative("insurancePremium", p));
    statedValue().ifPresent(v -> checks.nonNegative("statedValue", v));
    declaredInterestInDelivery().ifPresent(v -> checks.nonNegative("declaredInterestInDelivery", v));
    if (declaredValue().isPresent() && insurancePremium().isEmpty()) {
      checks.add(
          "insurancePremium",
          "shipment.premium-required",
          "is required when a declared value is given");
    }
    if (insurancePremium().isPresent() && declaredValue().isEmpty()) {
      checks.add(
          "declaredValue",
          "shipment.declared-value-required",
          "is required when an insurance premium is given");
    }
    sameCurrency(checks, "declaredValue", declaredValue());
    sameCurrency(checks, "insurancePremium", insurancePremium());
    sameCurrency(checks, "statedValue", statedValue());
    sameCurrency(checks, "declaredInterestInDelivery", declaredInterestInDelivery());
    checkTimes(checks);
    checkContents(checks);
    checks.throwIfAny();
  }

  private void checkTimes(Checks checks) {
    deliveredAt()
        .filter(d -> d.isBefore(acceptedAt()))
        .ifPresent(
            d ->
                checks.add(
                    "deliveredAt",
                    "shipment.delivered-before-accepted",
                    "must not be before acceptedAt (" + acceptedAt() + ")",
                    d,
                    acceptedAt()));
    promisedBy()
        .filter(p -> p.isBefore(acceptedAt()))
        .ifPresent(
            p ->
                checks.add(
                    "promisedBy",
                    "shipment.promised-before-accepted",
                    "must not be before acceptedAt (" + acceptedAt() + ")",
                    p,
                    acceptedAt()));
  }

  private void checkContents(Checks checks) {
    Set<Integer> lines = new HashSet<>();
    for (int i = 0; i < contents().size(); i++) {
      Item item = contents().get(i);
      if (!lines.add(item.line())) {
        checks.add(
            "contents[" + i + "].line",
            "shipment.duplicate-line",
            "duplicates line " + item.line(),
            item.line());
      }
      if (!item.unitValue().currency().equals(currency())) {
        checks.add(
            "contents[" + i + "].unitValue",
            "shipment.currency-differs",
            "must be in the shipping fee's currency " + currency() + " (was " + item.unitValue().currency() + ")",
            currency(),
            item.unitValue().currency());
      }
    }
  }

  private void sameCurrency(Checks checks, String path, Optional<Money> amount) {
    amount
        .filter(m -> !m.currency().equals(currency()))
        .ifPresent(
            m ->
                checks.add(
                    path,
                    "shipment.currency-differs",
                    "must be in the shipping fee's currency " + currency() + " (was " + m.currency() + ")",
                    currency(),
                    m.currency()));
  }

  private static void positive(Checks checks, String path, BigDecimal kg) {
    if (kg.signum() <= 0) {
      checks.add(path, "value.must-be-positive", "must be above zero (was " + kg.toPlainString() + ")", kg);
    }
  }

  /** Builds a {@link Shipment}; use once. */
  public static final class Builder extends ImmutableShipment.Builder {
    Builder() {}
  }
}
