package io.parcelclaims.testkit;

import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.testkit.internal.Dates;
import io.parcelclaims.testkit.internal.MinorUnits;
import io.parcelclaims.testkit.internal.Places;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid {@link Shipment}s, narrowed by service scope, transport mode, mail class, currency,
 * insurance, acceptance dates and amounts.
 *
 * <p>Every shipment is valid by construction: all its money is in one currency, a declared value
 * comes with a premium, promised and delivery times are not before acceptance, and item lines are
 * numbered 1, 2, 3. Edge cases include a zero fee, a weight of one gram and one gram over a whole
 * kilogram, and acceptance on leap days, year ends and at the first and last second of a day.
 * Shipments shrink towards the first scope, mode, class and currency allowed, no insurance, no
 * contents and the earliest date.
 *
 * <p>Each narrowing method returns a new arbitrary and keeps, of the values allowed so far, those it
 * names; it throws {@link IllegalArgumentException} when none is left.
 *
 * @since 0.1.0
 */
public final class ShipmentArbitrary extends ArbitraryDecorator<Shipment> {
  /** Grams of gross or chargeable weight: from 1 g to 1,000 kg. */
  private static final int MAX_GRAMS = 1_000_000;

  private static final List<String> ITEM_NAMES = List.of("book", "phone", "tea", "shirt", "papers", "lamp");

  private final Spec spec;

  private ShipmentArbitrary(Spec spec) {
    this.spec = spec;
  }

  static ShipmentArbitrary of(List<Currency> currencies, LocalDate first, LocalDate last, ZoneId zone) {
    return new ShipmentArbitrary(
        new Spec(
            currencies,
            List.of(ServiceScope.values()),
            List.of(TransportMode.values()),
            List.of(MailClass.values()),
            null,
            new MoneyArbitrary(currencies, null, null, false),
            new MoneyArbitrary(currencies, null, null, false),
            first,
            last,
            zone,
            false));
  }

  /**
   * Shipments of these service scopes only.
   *
   * @param scopes the scopes
   * @return the narrowed arbitrary
   */
  public ShipmentArbitrary scope(ServiceScope... scopes) {
    return with(spec.withScopes(Narrowing.keep("service scope", spec.scopes(), List.of(scopes))));
  }

  /**
   * Shipments that travelled by these modes only.
   *
   * @param modes the modes
   * @return the narrowed arbitrary
   */
  public ShipmentArbitrary transportMode(TransportMode... modes) {
    return with(spec.withModes(Narrowing.keep("transport mode", spec.modes(), List.of(modes))));
  }

  /**
   * Shipments of these mail classes only.
   *
   * @param classes the classes
   * @return the narrowed arbitrary
   */
  public ShipmentArbitrary mailClass(MailClass... classes) {
    return with(spec.withMailClasses(Narrowing.keep("mail class", spec.mailClasses(), List.of(classes))));
  }

  /**
   * Shipments whose money is in one of these currencies only.
   *
   * @param currencies the currencies
   * @return the narrowed arbitrary
   */
  public ShipmentArbitrary inCurrency(Currency... currencies) {
    List<Currency> kept = Narrowing.keep("currency", spec.currencies(), List.of(currencies));
    return with(
        spec.withCurrencies(kept)
            .withFee(spec.fee().inCurrency(kept.toArray(Currency[]::new)))
            .withDeclared(spec.declared().inCurrency(kept.toArray(Currency[]::new))));
  }

  /** {@return shipments with a declared value (保价) and its premium} */
  public ShipmentArbitrary insured() {
    if (Boolean.FALSE.equals(spec.insured())) {
      throw new IllegalArgumentException("the shipments are already narrowed to uninsured ones");
    }
    return with(spec.withInsured(Boolean.TRUE));
  }

  /** {@return shipments without a declared value} */
  public ShipmentArbitrary uninsured() {
    if (Boolean.TRUE.equals(spec.insured())) {
      throw new IllegalArgumentException("the shipments are already narrowed to insured ones");
    }
    return with(spec.withInsured(Boolean.FALSE));
  }

  /** {@return shipments with at least one item among their contents} */
  public ShipmentArbitrary itemised() {
    return with(spec.withItemised(true));
  }

  /**
   * Shipments accepted on a date from {@code first} to {@code last}, read in the arbitrary's zone;
   * replaces the dates set before.
   *
   * @param first the earliest acceptance date
   * @param last the latest acceptance date, not before {@code first}
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public ShipmentArbitrary acceptedBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    return with(spec.withDates(first, last));
  }

  /**
   * Shipments whose acceptance dates are read in {@code zone} (Asia/Shanghai unless set).
   *
   * @param zone the zone
   * @return the narrowed arbitrary
   */
  public ShipmentArbitrary inZone(ZoneId zone) {
    return with(spec.withZone(Objects.requireNonNull(zone, "zone")));
  }

  /**
   * Shipments whose fee the operator narrows, such as {@code fee -> fee.atMost(Money.of("CNY",
   * "50.00"))}; a bound in money also narrows the shipments' currency.
   *
   * @param narrowing narrows the fee's arbitrary
   * @return the narrowed arbitrary
   */
  public ShipmentArbitrary shippingFee(UnaryOperator<MoneyArbitrary> narrowing) {
    MoneyArbitrary fee = narrowing.apply(spec.fee());
    List<Currency> kept = Narrowing.keep("currency", spec.currencies(), fee.currencies());
    return with(spec.withCurrencies(kept).withFee(fee).withDeclared(spec.declared().inCurrency(kept.toArray(Currency[]::new))));
  }

  /**
   * Insured shipments whose declared value the operator narrows, such as {@code value ->
   * value.above(Money.of("CNY", "10000.00"))}; a bound in money also narrows the currency.
   *
   * @param narrowing narrows the declared value's arbitrary
   * @return the narrowed arbitrary
   */
  public ShipmentArbitrary declaredValue(UnaryOperator<MoneyArbitrary> narrowing) {
    MoneyArbitrary declared = narrowing.apply(spec.declared());
    List<Currency> kept = Narrowing.keep("currency", spec.currencies(), declared.currencies());
    ShipmentArbitrary insured = insured();
    return insured.with(
        insured.spec.withCurrencies(kept).withDeclared(declared).withFee(spec.fee().inCurrency(kept.toArray(Currency[]::new))));
  }

  /** {@return the currencies shipments are generated in} */
  public List<Currency> currencies() {
    return spec.currencies();
  }

  /** {@return the zone acceptance dates are read in} */
  public ZoneId zone() {
    return spec.zone();
  }

  /** The earliest acceptance date. */
  LocalDate firstAccepted() {
    return spec.first();
  }

  /** The latest acceptance date. */
  LocalDate lastAccepted() {
    return spec.last();
  }

  @Override
  protected Arbitrary<Shipment> arbitrary() {
    return ClaimArbitraries.currencies(spec.currencies()).flatMap(this::in);
  }

  /** Shipments in one currency. */
  Arbitrary<Shipment> in(Currency currency) {
    Arbitrary<Route> routes =
        Combinators.combine(
                ClaimArbitraries.waybills(),
                Arbitraries.of(spec.scopes()),
                Arbitraries.of(spec.modes()),
                Arbitraries.of(spec.mailClasses()),
                Arbitraries.integers().between(0, Places.CHOICES - 1),
                Arbitraries.integers().between(0, Places.CHOICES - 1),
                Arbitraries.of(false, true))
            .as(Route::new);
    Arbitrary<Timing> timings =
        Combinators.combine(
                Dates.instantsOn(Dates.between(spec.first(), spec.last()), spec.zone()),
                Arbitraries.integers().between(0, 240).optional(0.6),
                Arbitraries.integers().between(0, 720).optional(0.5))
            .as(Timing::new);
    Arbitrary<Goods> goods =
        Combinators.combine(weights(), weights(), spec.fee().in(currency), insurance(currency), contents(currency))
            .as(Goods::new);
    return Combinators.combine(routes, timings, goods).as(ShipmentArbitrary::build);
  }

  private static Shipment build(Route r, Timing t, Goods g) {
    Instant accepted = t.acceptedAt();
    Shipment.Builder b = Shipment.builder();
    b.waybill(r.waybill())
        .scope(r.scope())
        .transportMode(r.mode())
        .mailClass(r.mailClass())
        .monthlyAccount(r.monthlyAccount())
        .origin(Places.origin(r.scope(), r.origin()))
        .destination(Places.destination(r.scope(), r.origin(), r.destination()))
        .acceptedAt(accepted)
        .promisedBy(t.promisedHours().map(h -> accepted.plusSeconds(3600L * h)))
        .deliveredAt(t.deliveredHours().map(h -> accepted.plusSeconds(3600L * h)))
        .grossWeightKg(g.grossKg())
        .chargeableWeightKg(g.chargeableKg())
        .shippingFee(g.fee());
    g.insurance().ifPresent(i -> b.declaredValue(i.declared()).insurancePremium(i.premium()));
    for (int i = 0; i < g.contents().size(); i++) {
      ItemParts p = g.contents().get(i);
      b.addContents(
          Item.builder()
              .line(i + 1)
              .description(p.description())
              .category(p.category())
              .quantity(p.quantity())
              .unitValue(p.unitValue())
              .build());
    }
    return b.build();
  }

  private static Arbitrary<BigDecimal> weights() {
    return Arbitraries.integers()
        .between(1, MAX_GRAMS)
        .edgeCases(c -> c.add(1000, 1001, 30_000))
        .map(grams -> BigDecimal.valueOf(grams, 3).stripTrailingZeros())
        .map(kg -> kg.scale() < 0 ? kg.setScale(0) : kg);
  }

  private Arbitrary<Optional<Insurance>> insurance(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    Arbitrary<Insurance> insured =
        Combinators.combine(
                spec.declared().in(currency),
                MinorUnits.between(digits, 0, 100_000).map(units -> Money.ofMinor(currency, units)))
            .as(Insurance::new);
    if (spec.insured() == null) {
      return insured.optional(0.4);
    }
    return spec.insured() ? insured.map(Optional::of) : Arbitraries.just(Optional.empty());
  }

  private Arbitrary<List<ItemParts>> contents(Currency currency) {
    Arbitrary<ItemParts> item =
        Combinators.combine(
                Arbitraries.of(ITEM_NAMES),
                Arbitraries.of(
                        ItemCategory.GENERAL,
                        ItemCategory.DOCUMENTS,
                        ItemCategory.ELECTRONICS,
                        ItemCategory.FRAGILE,
                        ItemCategory.PERISHABLE,
                        ItemCategory.VALUABLES,
                        ItemCategory.ORIGINAL_PACKAGING),
                Arbitraries.integers().between(1, 5),
                MinorUnits.between(currency.getDefaultFractionDigits(), 0, MinorUnits.DEFAULT_MAX)
                    .map(units -> Money.ofMinor(currency, units)))
            .as(ItemParts::new);
    return item.list().ofMinSize(spec.itemised() ? 1 : 0).ofMaxSize(3);
  }

  private ShipmentArbitrary with(Spec changed) {
    return new ShipmentArbitrary(changed);
  }

  private record Spec(
      List<Currency> currencies,
      List<ServiceScope> scopes,
      List<TransportMode> modes,
      List<MailClass> mailClasses,
      Boolean insured,
      MoneyArbitrary fee,
      MoneyArbitrary declared,
      LocalDate first,
      LocalDate last,
      ZoneId zone,
      boolean itemised) {
    Spec withCurrencies(List<Currency> v) {
      return new Spec(v, scopes, modes, mailClasses, insured, fee, declared, first, last, zone, itemised);
    }

    Spec withScopes(List<ServiceScope> v) {
      return new Spec(currencies, v, modes, mailClasses, insured, fee, declared, first, last, zone, itemised);
    }

    Spec withModes(List<TransportMode> v) {
      return new Spec(currencies, scopes, v, mailClasses, insured, fee, declared, first, last, zone, itemised);
    }

    Spec withMailClasses(List<MailClass> v) {
      return new Spec(currencies, scopes, modes, v, insured, fee, declared, first, last, zone, itemised);
    }

    Spec withInsured(Boolean v) {
      return new Spec(currencies, scopes, modes, mailClasses, v, fee, declared, first, last, zone, itemised);
    }

    Spec withFee(MoneyArbitrary v) {
      return new Spec(currencies, scopes, modes, mailClasses, insured, v, declared, first, last, zone, itemised);
    }

    Spec withDeclared(MoneyArbitrary v) {
      return new Spec(currencies, scopes, modes, mailClasses, insured, fee, v, first, last, zone, itemised);
    }

    Spec withDates(LocalDate f, LocalDate l) {
      return new Spec(currencies, scopes, modes, mailClasses, insured, fee, declared, f, l, zone, itemised);
    }

    Spec withZone(ZoneId v) {
      return new Spec(currencies, scopes, modes, mailClasses, insured, fee, declared, first, last, v, itemised);
    }

    Spec withItemised(boolean v) {
      return new Spec(currencies, scopes, modes, mailClasses, insured, fee, declared, first, last, zone, v);
    }
  }

  private record Route(
      WaybillNumber waybill,
      ServiceScope scope,
      TransportMode mode,
      MailClass mailClass,
      int origin,
      int destination,
      boolean monthlyAccount) {}

  private record Timing(Instant acceptedAt, Optional<Integer> promisedHours, Optional<Integer> deliveredHours) {}

  private record Insurance(Money declared, Money premium) {}

  private record ItemParts(String description, ItemCategory category, int quantity, Money unitValue) {}

  private record Goods(
      BigDecimal grossKg, BigDecimal chargeableKg, Money fee, Optional<Insurance> insurance, List<ItemParts> contents) {}
}
