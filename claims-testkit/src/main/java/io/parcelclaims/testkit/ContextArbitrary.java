package io.parcelclaims.testkit;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.testkit.internal.ContextParts;
import io.parcelclaims.testkit.internal.Dates;
import io.parcelclaims.testkit.internal.MinorUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid {@link AssessmentContext}s: a governing date and zone, and now and then an investigation
 * finding, established defences, intent or gross negligence, a proved value, an assessed loss, a
 * salvage value, prior payouts, an SDR rate, an exchange rate and proof of notice of caps; every
 * amount in one currency and every rate dated on the governing date.
 *
 * <p>Most contexts have a proved value (85%) and an assessed loss (70%), independently of each
 * other, so an assessed loss may exceed the proved value. Contexts shrink towards no finding, no
 * defence, no optional value, and the smallest amounts. For contexts that belong to a claim, use
 * {@link ClaimArbitraries#cases}.
 *
 * <p>Each narrowing method returns a new arbitrary.
 *
 * @since 0.1.0
 */
public final class ContextArbitrary extends ArbitraryDecorator<AssessmentContext> {
  private static final List<DenialReason> DEFENCES =
      List.of(DenialReason.FORCE_MAJEURE, DenialReason.INHERENT_VICE, DenialReason.SENDER_FAULT, DenialReason.NOT_CARRIERS_LIABILITY);

  private final Spec spec;

  private ContextArbitrary(Spec spec) {
    this.spec = spec;
  }

  static ContextArbitrary of(List<Currency> currencies, LocalDate first, LocalDate last, ZoneId zone) {
    return new ContextArbitrary(new Spec(currencies, first, last, zone, false, false, true, false));
  }

  /**
   * Contexts whose amounts are in one of these currencies only.
   *
   * @param currencies the currencies
   * @return the narrowed arbitrary
   */
  public ContextArbitrary inCurrency(Currency... currencies) {
    return with(spec.withCurrencies(Narrowing.keep("currency", spec.currencies(), List.of(currencies))));
  }

  /**
   * Contexts governed by a date from {@code first} to {@code last}; replaces the dates set before.
   * Ignored by {@link ClaimArbitraries#cases}, where the claim's acceptance date governs.
   *
   * @param first the earliest governing date
   * @param last the latest governing date
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public ContextArbitrary governedBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    return with(spec.withDates(first, last));
  }

  /**
   * Contexts in {@code zone} (Asia/Shanghai unless set). Ignored by {@link ClaimArbitraries#cases},
   * where the claims' zone is used.
   *
   * @param zone the zone
   * @return the narrowed arbitrary
   */
  public ContextArbitrary inZone(ZoneId zone) {
    return with(spec.withZone(Objects.requireNonNull(zone, "zone")));
  }

  /** {@return contexts that always have a proved value} */
  public ContextArbitrary withProvedValue() {
    return with(spec.withProvedValue(true));
  }

  /** {@return contexts that always have an assessed loss} */
  public ContextArbitrary withAssessedLoss() {
    return with(spec.withAssessedLoss(true));
  }

  /** {@return contexts in which the investigation established no defence} */
  public ContextArbitrary withoutDefences() {
    return with(spec.withDefences(false));
  }

  /** {@return contexts that always have an SDR rate in their currency} */
  public ContextArbitrary withSdrRate() {
    return with(spec.withSdrRate(true));
  }

  /** {@return the currencies contexts are generated in} */
  public List<Currency> currencies() {
    return spec.currencies();
  }

  @Override
  protected Arbitrary<AssessmentContext> arbitrary() {
    Arbitrary<LocalDate> dates = Dates.between(spec.first(), spec.last());
    return ClaimArbitraries.currencies(spec.currencies())
        .flatMap(c -> Combinators.combine(partsIn(c), dates).as((parts, date) -> parts.build(c, date, spec.zone())));
  }

  /** All of a context but its date, in one currency. */
  Arbitrary<ContextParts> partsIn(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    Arbitrary<Money> amounts = ClaimArbitraries.money().inCurrency(currency).in(currency);
    Arbitrary<Money> small =
        MinorUnits.between(digits, 0, 10_000_000L).map(units -> Money.ofMinor(currency, units));
    Arbitrary<List<DenialReason>> defences =
        spec.defences()
            ? Arbitraries.frequencyOf(
                Tuple.of(17, Arbitraries.just(List.<DenialReason>of())),
                Tuple.of(3, Arbitraries.of(DEFENCES).list().uniqueElements().ofMinSize(1).ofMaxSize(2)))
            : Arbitraries.just(List.of());
    Arbitrary<Boolean> rarely =
        Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
    Arbitrary<BigDecimal> sdr =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("0.000001"), new BigDecimal("100000"))
            .ofScale(6)
            .edgeCases(c -> c.add(BigDecimal.ONE.setScale(6)));
    Arbitrary<List<ContextParts.RateTo>> rates =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.just(List.<ContextParts.RateTo>of())),
            Tuple.of(
                1,
                Arbitraries.bigDecimals()
                    .between(new BigDecimal("0.000001"), new BigDecimal("100000"))
                    .ofScale(6)
                    .map(r -> List.of(new ContextParts.RateTo(otherThan(currency), r)))));
    Arbitrary<Evidenced> evidenced =
        Combinators.combine(
                optional(amounts, spec.provedValue(), 0.85),
                optional(amounts, spec.assessedLoss(), 0.7),
                small.optional(0.2),
                Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.just(List.<Money>of())), Tuple.of(1, small.list().ofMinSize(1).ofMaxSize(2))))
            .as(Evidenced::new);
    return Combinators.combine(
            Arbitraries.of(InvestigationFinding.values()).optional(0.3),
            defences,
            rarely,
            evidenced,
            optional(sdr, spec.sdrRate(), 0.5),
            rates,
            Arbitraries.of(false, true))
        .as(
            (finding, reasons, intent, ev, units, exchange, notice) ->
                new ContextParts(
                    finding,
                    reasons,
                    intent,
                    ev.provedValue(),
                    ev.assessedLoss(),
                    ev.salvage(),
                    ev.priorPayouts(),
                    units,
                    exchange,
                    notice));
  }

  private static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> values, boolean always, double presence) {
    return always ? values.map(Optional::of) : values.optional(presence);
  }

  private static Currency otherThan(Currency currency) {
    String code = currency.getCurrencyCode().equals("USD") ? "CNY" : "USD";
    return Currency.getInstance(code);
  }

  private ContextArbitrary with(Spec changed) {
    return new ContextArbitrary(changed);
  }

  private record Evidenced(
      Optional<Money> provedValue, Optional<Money> assessedLoss, Optional<Money> salvage, List<Money> priorPayouts) {}

  private record Spec(
      List<Currency> currencies,
      LocalDate first,
      LocalDate last,
      ZoneId zone,
      boolean provedValue,
      boolean assessedLoss,
      boolean defences,
      boolean sdrRate) {
    Spec withCurrencies(List<Currency> v) {
      return new Spec(v, first, last, zone, provedValue, assessedLoss, defences, sdrRate);
    }

    Spec withDates(LocalDate f, LocalDate l) {
      return new Spec(currencies, f, l, zone, provedValue, assessedLoss, defences, sdrRate);
    }

    Spec withZone(ZoneId v) {
      return new Spec(currencies, first, last, v, provedValue, assessedLoss, defences, sdrRate);
    }

    Spec withProvedValue(boolean v) {
      return new Spec(currencies, first, last, zone, v, assessedLoss, defences, sdrRate);
    }

    Spec withAssessedLoss(boolean v) {
      return new Spec(currencies, first, last, zone, provedValue, v, defences, sdrRate);
    }

    Spec withDefences(boolean v) {
      return new Spec(currencies, first, last, zone, provedValue, assessedLoss, v, sdrRate);
    }

    Spec withSdrRate(boolean v) {
      return new Spec(currencies, first, last, zone, provedValue, assessedLoss, defences, v);
    }
  }
}
