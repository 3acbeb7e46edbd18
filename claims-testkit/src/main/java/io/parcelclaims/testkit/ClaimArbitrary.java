package io.parcelclaims.testkit;

import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Claimant;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.IntakeChannel;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.money.Money;
import io.parcelclaims.testkit.internal.Dates;
import io.parcelclaims.testkit.internal.Evidences;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid {@link Claim}s, narrowed by claim type, damage extent, the shipment's service and
 * insurance, currency, dates and the amount claimed: {@code
 * claims().ofType(LOSS).insured().scope(INTERNATIONAL).transportMode(AIR).claimingAbove(Money.of("CNY",
 * "10000.00"))}.
 *
 * <p>Every claim is valid by construction: a damage claim has an extent and no other claim has one,
 * the claim is reported at or after acceptance, the amount claimed is in the shipment's currency,
 * affected items name shipped lines in shipped quantities, evidence ids are unique. Claims shrink
 * towards the first type allowed, the earliest report, no affected items and no evidence; their
 * shipments as {@link ShipmentArbitrary} says.
 *
 * <p>Each narrowing method returns a new arbitrary and keeps, of the values allowed so far, those it
 * names; it throws {@link IllegalArgumentException} when none is left.
 *
 * @since 0.1.0
 */
public final class ClaimArbitrary extends ArbitraryDecorator<Claim> {
  private static final int DEFAULT_REPORT_DAYS = 400;
  private static final List<IntakeChannel> CHANNELS =
      List.of(IntakeChannel.APP, IntakeChannel.PHONE, IntakeChannel.WEBSITE, IntakeChannel.ONLINE_CHAT, IntakeChannel.COUNTER);
  private final Spec spec;

  private ClaimArbitrary(Spec spec) {
    this.spec = spec;
  }

  static ClaimArbitrary of(ShipmentArbitrary shipments, MoneyArbitrary claimed) {
    return new ClaimArbitrary(
        new Spec(shipments, List.of(ClaimType.values()), List.of(DamageExtent.values()), claimed, DEFAULT_REPORT_DAYS));
  }

  /**
   * Claims of these types only.
   *
   * @param types the claim types
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary ofType(ClaimType... types) {
    return with(spec.withTypes(Narrowing.keep("claim type", spec.types(), List.of(types))));
  }

  /**
   * Damage claims, if any are allowed, of these extents only; other types are unaffected.
   *
   * @param extents the damage extents
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary damageExtent(DamageExtent... extents) {
    return with(spec.withExtents(Narrowing.keep("damage extent", spec.extents(), List.of(extents))));
  }

  /** {@return claims on insured shipments only} */
  public ClaimArbitrary insured() {
    return shipments(ShipmentArbitrary::insured);
  }

  /** {@return claims on uninsured shipments only} */
  public ClaimArbitrary uninsured() {
    return shipments(ShipmentArbitrary::uninsured);
  }

  /**
   * Claims on shipments of these service scopes only.
   *
   * @param scopes the scopes
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary scope(ServiceScope... scopes) {
    return shipments(s -> s.scope(scopes));
  }

  /**
   * Claims on shipments that travelled by these modes only.
   *
   * @param modes the modes
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary transportMode(TransportMode... modes) {
    return shipments(s -> s.transportMode(modes));
  }

  /**
   * Claims on items of these mail classes only.
   *
   * @param classes the classes
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary mailClass(MailClass... classes) {
    return shipments(s -> s.mailClass(classes));
  }

  /**
   * Claims in one of these currencies only.
   *
   * @param currencies the currencies
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary inCurrency(Currency... currencies) {
    ShipmentArbitrary shipments = spec.shipments().inCurrency(currencies);
    return with(spec.withShipments(shipments).withClaimed(spec.claimed().inCurrency(shipments.currencies().toArray(Currency[]::new))));
  }

  /**
   * Claims in the currency with this ISO 4217 code only.
   *
   * @param code such as {@code "CNY"}
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary inCurrency(String code) {
    return inCurrency(Currency.getInstance(code));
  }

  /**
   * Claims on shipments accepted from {@code first} to {@code last}, dates read in the claims'
   * zone; replaces the dates set before.
   *
   * @param first the earliest acceptance date
   * @param last the latest acceptance date
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public ClaimArbitrary acceptedBetween(LocalDate first, LocalDate last) {
    return shipments(s -> s.acceptedBetween(first, last));
  }

  /**
   * Claims whose dates are read in {@code zone} (Asia/Shanghai unless set).
   *
   * @param zone the zone
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary inZone(ZoneId zone) {
    return shipments(s -> s.inZone(zone));
  }

  /**
   * Claims reported at most {@code days} days after the shipment was accepted (400 unless set).
   *
   * @param days zero or more
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public ClaimArbitrary reportedWithinDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    return with(spec.withReportDays(days));
  }

  /**
   * Claims whose amount claimed is above {@code amount}, in its currency.
   *
   * @param amount the amount to exceed
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary claimingAbove(Money amount) {
    return amountClaimed(a -> a.above(amount));
  }

  /**
   * Claims whose amount claimed is at most {@code amount}, in its currency.
   *
   * @param amount the largest amount claimed
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary claimingAtMost(Money amount) {
    return amountClaimed(a -> a.atMost(amount));
  }

  /**
   * Claims whose amount claimed the operator narrows; a bound in money also narrows the currency.
   *
   * @param narrowing narrows the amount's arbitrary
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary amountClaimed(UnaryOperator<MoneyArbitrary> narrowing) {
    MoneyArbitrary claimed = narrowing.apply(spec.claimed());
    ShipmentArbitrary shipments = spec.shipments().inCurrency(claimed.currencies().toArray(Currency[]::new));
    return with(spec.withShipments(shipments).withClaimed(claimed));
  }

  /**
   * Claims on shipments the operator narrows, such as {@code s -> s.itemised()}.
   *
   * @param narrowing narrows the shipments' arbitrary
   * @return the narrowed arbitrary
   */
  public ClaimArbitrary shipments(UnaryOperator<ShipmentArbitrary> narrowing) {
    ShipmentArbitrary shipments = narrowing.apply(spec.shipments());
    return with(
        spec.withShipments(shipments).withClaimed(spec.claimed().inCurrency(shipments.currencies().toArray(Currency[]::new))));
  }

  /** {@return the currencies claims are generated in, the first being the one shrunk towards} */
  public List<Currency> currencies() {
    return spec.shipments().currencies();
  }

  /** {@return the zone in which the claims' acceptance dates are read} */
  public ZoneId zone() {
    return spec.shipments().zone();
  }

  /** {@return the claim types generated} */
  public List<ClaimType> types() {
    return spec.types();
  }

  /** The earliest acceptance date. */
  LocalDate firstAccepted() {
    return spec.shipments().firstAccepted();
  }

  /** The latest acceptance date. */
  LocalDate lastAccepted() {
    return spec.shipments().lastAccepted();
  }

  @Override
  protected Arbitrary<Claim> arbitrary() {
    return ClaimArbitraries.currencies(currencies()).flatMap(this::in);
  }

  /** Claims in one currency. */
  Arbitrary<Claim> in(Currency currency) {
    // an extent is drawn for every claim and kept only for damage: valid by construction
    Arbitrary<Tuple2<ClaimType, Optional<DamageExtent>>> kinds =
        Combinators.combine(Arbitraries.of(spec.types()), Arbitraries.of(spec.extents()))
            .as((t, e) -> Tuple.of(t, t == ClaimType.DAMAGE ? Optional.of(e) : Optional.<DamageExtent>empty()));
    Arbitrary<Claimant> claimants =
        Combinators.combine(ClaimArbitraries.partyRefs(), Arbitraries.of(io.parcelclaims.claim.PartyRole.values()))
            .as(Claimant::of);
    Arbitrary<Long> reportSeconds =
        Arbitraries.longs().between(0, (long) spec.reportDays() * Dates.SECONDS_PER_DAY);
    Arbitrary<String> descriptions =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30);
    Arbitrary<Extras> extras =
        Combinators.combine(affectedPicks(), evidenceParts(currency)).as(Extras::new);
    return Combinators.combine(
            spec.shipments().in(currency),
            kinds,
            ClaimArbitraries.claimIds(),
            claimants,
            Arbitraries.of(CHANNELS),
            reportSeconds,
            descriptions,
            Combinators.combine(spec.claimed().in(currency), extras).as(Tuple::of))
        .as(
            (shipment, kind, id, claimant, channel, seconds, description, rest) ->
                build(shipment, kind.get1(), kind.get2(), id, claimant, channel, seconds, description, rest.get1(), rest.get2()));
  }

  private static Claim build(
      Shipment shipment,
      ClaimType type,
      Optional<DamageExtent> extent,
      ClaimId id,
      Claimant claimant,
      IntakeChannel channel,
      long reportSeconds,
      String description,
      Money claimed,
      Extras extras) {
    Instant reported = shipment.acceptedAt().plusSeconds(reportSeconds);
    Claim.Builder b = Claim.builder();
    b.id(id)
        .type(type)
        .shipment(shipment)
        .claimant(claimant)
        .channel(channel)
        .reportedAt(reported)
        .description(description)
        .amountClaimed(claimed)
        .damageExtent(extent)
        .addAllAffectedItems(affected(shipment, extras.picks()));
    for (int i = 0; i < extras.evidence().size(); i++) {
      b.addEvidence(extras.evidence().get(i).build(i, reported));
    }
    return b.build();
  }

  /** Picks map onto shipped lines by index, skipping lines already picked: valid by construction. */
  private static List<AffectedItem> affected(Shipment shipment, List<Tuple2<Integer, Integer>> picks) {
    List<AffectedItem> affected = new ArrayList<>();
    List<Item> contents = shipment.contents();
    for (Tuple2<Integer, Integer> pick : picks) {
      if (contents.isEmpty()) {
        break;
      }
      Item item = contents.get(pick.get1() % contents.size());
      if (affected.stream().noneMatch(a -> a.line() == item.line())) {
        affected.add(AffectedItem.of(item.line(), 1 + pick.get2() % item.quantity()));
      }
    }
    return affected;
  }

  private static Arbitrary<List<Tuple2<Integer, Integer>>> affectedPicks() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99))
        .as(Tuple::of)
        .list()
        .ofMaxSize(3);
  }

  private static Arbitrary<List<Evidences.Parts>> evidenceParts(Currency currency) {
    return Evidences.parts(currency).list().ofMaxSize(3);
  }

  private ClaimArbitrary with(Spec changed) {
    return new ClaimArbitrary(changed);
  }

  private record Spec(
      ShipmentArbitrary shipments,
      List<ClaimType> types,
      List<DamageExtent> extents,
      MoneyArbitrary claimed,
      int reportDays) {
    Spec withShipments(ShipmentArbitrary v) {
      return new Spec(v, types, extents, claimed, reportDays);
    }

    Spec withTypes(List<ClaimType> v) {
      return new Spec(shipments, v, extents, claimed, reportDays);
    }

    Spec withExtents(List<DamageExtent> v) {
      return new Spec(shipments, types, v, claimed, reportDays);
    }

    Spec withClaimed(MoneyArbitrary v) {
      return new Spec(shipments, types, extents, v, reportDays);
    }

    Spec withReportDays(int v) {
      return new Spec(shipments, types, extents, claimed, v);
    }
  }

  private record Extras(List<Tuple2<Integer, Integer>> picks, List<Evidences.Parts> evidence) {}
}
