package io.parcelclaims.testkit;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.claim.PaymentMethod;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.SettlementLine;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.testkit.internal.Calendars;
import io.parcelclaims.testkit.internal.Dates;
import io.parcelclaims.testkit.internal.Evidences;
import io.parcelclaims.testkit.internal.InvalidForms;
import io.parcelclaims.testkit.internal.InvalidValues;
import io.parcelclaims.testkit.internal.Places;
import io.parcelclaims.workflow.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for every value of the Parcel Claims SDK, valid by construction, and for invalid
 * input that intake must reject.
 *
 * <p>Start here: {@link #claims()}, {@link #shipments()}, {@link #money()}, {@link #contexts()},
 * {@link #cases()} (a claim with its context), {@link #calendars()}, {@link #actors()}, and {@link
 * #invalidClaimForms()} and {@link #invalidValues()} for input that must fail. The specialised
 * arbitraries narrow fluently, each call returning a new arbitrary:
 *
 * <pre>{@code
 * ClaimArbitraries.claims()
 *     .ofType(ClaimType.LOSS)
 *     .insured()
 *     .scope(ServiceScope.INTERNATIONAL)
 *     .transportMode(TransportMode.AIR)
 *     .claimingAbove(Money.of("CNY", "10000.00"))
 * }</pre>
 *
 * <p>Values are built from shrinkable parts with jqwik's combinators, never by filtering a wide space
 * or by reflection, and take their randomness only from jqwik, so a failing seed reproduces and a
 * counterexample shrinks to small, readable values: the first currency (CNY), the first enum
 * constant, the earliest date, the smallest amount, empty lists. Unless narrowed, money is in CNY,
 * USD, EUR, HKD, JPY (no minor unit) or KWD (three decimals), dates lie from 2000-01-01 to
 * 2039-12-31 and are read in Asia/Shanghai.
 *
 * <p>This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class ClaimArbitraries {
  /** The currencies generated unless narrowed, the one shrunk towards first. */
  private static final List<Currency> CURRENCIES =
      List.of("CNY", "USD", "EUR", "HKD", "JPY", "KWD").stream().map(Currency::getInstance).toList();

  /** The first date generated unless narrowed. */
  static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

  /** The last date generated unless narrowed. */
  static final LocalDate LAST_DATE = LocalDate.of(2039, 12, 31);

  /** The zone dates are read in unless narrowed. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ClaimArbitraries() {}

  /**
   * The testkit's currencies: CNY, USD, EUR, HKD, JPY and KWD, shrinking towards CNY; JPY (no minor
   * unit) and KWD (three decimals) are edge cases.
   *
   * @return the currencies
   */
  public static Arbitrary<Currency> currencies() {
    return currencies(CURRENCIES);
  }

  static Arbitrary<Currency> currencies(List<Currency> allowed) {
    List<Currency> edges = allowed.stream().filter(c -> c.getDefaultFractionDigits() != 2).toList();
    return Arbitraries.of(allowed).edgeCases(c -> c.add(edges.toArray(Currency[]::new)));
  }

  /**
   * Amounts of zero or more in the testkit's currencies; narrow with {@link
   * MoneyArbitrary#inCurrency}, {@link MoneyArbitrary#atLeast}, {@link MoneyArbitrary#atMost} and
   * the like.
   *
   * @return the amounts
   */
  public static MoneyArbitrary money() {
    return new MoneyArbitrary(CURRENCIES, null, null, false);
  }

  /**
   * SDR amounts of zero or more at scales 0 to 4, with zero and one ten-thousandth among the edge
   * cases.
   *
   * @return the amounts
   */
  public static Arbitrary<SdrAmount> sdrAmounts() {
    return Combinators.combine(Arbitraries.longs().between(0, 100_000_000_000L), Arbitraries.integers().between(0, 4))
        .as((units, scale) -> SdrAmount.of(BigDecimal.valueOf(units, scale)));
  }

  /**
   * SDR rates for the testkit's currencies: a positive rate with six decimals, dated in the default
   * range.
   *
   * @return the rates
   */
  public static Arbitrary<SdrRate> sdrRates() {
    return Combinators.combine(
            currencies(),
            Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("100000")).ofScale(6),
            dates())
        .as(SdrRate::new);
  }

  /**
   * Waybill numbers in the shapes carriers print: {@code SF} and 13 digits, the UPU S10 form
   * ({@code EA123456789CN}), and 8 to 32 digits (both lengths are edge cases).
   *
   * @return the waybill numbers
   */
  public static Arbitrary<WaybillNumber> waybills() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(32);
    Arbitrary<String> sf = Arbitraries.strings().numeric().ofLength(13).map(d -> "SF" + d);
    Arbitrary<String> s10 =
        Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                Arbitraries.strings().numeric().ofLength(9),
                Arbitraries.of("CN", "HK", "US", "DE"))
            .as((service, serial, country) -> service + serial + country);
    return Arbitraries.oneOf(digits, sf, s10).map(WaybillNumber::of);
  }

  /** {@return claim ids {@code C-1} to {@code C-999999}} */
  public static Arbitrary<ClaimId> claimIds() {
    return Arbitraries.integers().between(1, 999_999).map(n -> ClaimId.of("C-" + n));
  }

  /** {@return evidence ids {@code EV-1} to {@code EV-999}} */
  public static Arbitrary<EvidenceId> evidenceIds() {
    return Arbitraries.integers().between(1, 999).map(n -> EvidenceId.of("EV-" + n));
  }

  /** {@return party references {@code P-1} to {@code P-999999}} */
  public static Arbitrary<PartyRef> partyRefs() {
    return Arbitraries.integers().between(1, 999_999).map(n -> PartyRef.of("P-" + n));
  }

  /** {@return actor ids {@code A-1} to {@code A-9999}} */
  public static Arbitrary<ActorId> actorIds() {
    return Arbitraries.integers().between(1, 9_999).map(n -> ActorId.of("A-" + n));
  }

  /** {@return cities on the mainland, in Hong Kong, Macao and Taiwan, and abroad} */
  public static Arbitrary<Place> places() {
    return Combinators.combine(Arbitraries.of(ServiceScope.values()), Arbitraries.integers().between(0, Places.CHOICES - 1))
        .as((scope, i) -> Places.destination(scope, i, i));
  }

  /**
   * Parties with made-up names and phone numbers (never real personal data), sometimes an address
   * and an account number.
   *
   * @return the parties
   */
  public static Arbitrary<Party> parties() {
    return Combinators.combine(
            partyRefs(),
            Arbitraries.integers().between(1, 9_999),
            Arbitraries.strings().numeric().ofLength(11),
            Arbitraries.integers().between(1, 999).optional(0.5),
            Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(19).optional(0.3))
        .as(
            (ref, n, phone, room, account) -> {
              Party.Builder b = Party.builder();
              b.ref(ref).name("Test Party " + n).phone("+86 " + phone);
              room.ifPresent(r -> b.address("Room " + r + ", Test Street"));
              account.ifPresent(b::accountNumber);
              return b.build();
            });
  }

  /**
   * Items on line 1 in the testkit's currencies: 1 to 5 units of any value and category.
   *
   * @return the items
   */
  public static Arbitrary<Item> items() {
    return currencies()
        .flatMap(
            c ->
                Combinators.combine(
                        Arbitraries.of("book", "phone", "tea", "shirt"),
                        Arbitraries.of(ItemCategory.GENERAL, ItemCategory.DOCUMENTS, ItemCategory.ELECTRONICS, ItemCategory.FRAGILE),
                        Arbitraries.integers().between(1, 5),
                        money().inCurrency(c).in(c))
                    .as(
                        (name, category, quantity, value) ->
                            Item.builder().line(1).description(name).category(category).quantity(quantity).unitValue(value).build()));
  }

  /** {@return valid shipments, to narrow with the methods of {@link ShipmentArbitrary}} */
  public static ShipmentArbitrary shipments() {
    return ShipmentArbitrary.of(CURRENCIES, FIRST_DATE, LAST_DATE, ZONE);
  }

  /** {@return valid claims, to narrow with the methods of {@link ClaimArbitrary}} */
  public static ClaimArbitrary claims() {
    return ClaimArbitrary.of(shipments(), money());
  }

  /**
   * Evidence items in the testkit's currencies, ids {@code EV-1}, submitted in the default date
   * range.
   *
   * @return the evidence
   */
  public static Arbitrary<Evidence> evidence() {
    return currencies()
        .flatMap(c -> Combinators.combine(Evidences.parts(c), Dates.instantsOn(dates(), ZONE)).as((p, t) -> p.build(0, t)));
  }

  /** {@return actors of any role with optional authority limits, to narrow with {@link ActorArbitrary}} */
  public static ActorArbitrary actors() {
    return new ActorArbitrary(List.of(ActorRole.values()), CURRENCIES, List.of());
  }

  /**
   * Settlements of one to three lines in one currency, sometimes with a deduction, never totalling
   * below zero.
   *
   * @return the settlements
   */
  public static Arbitrary<Settlement> settlements() {
    return currencies()
        .flatMap(
            c ->
                Combinators.combine(
                        claimIds(),
                        money().inCurrency(c).in(c).list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.integers().between(0, 100).optional(0.3),
                        Arbitraries.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.ALIPAY, PaymentMethod.WECHAT_PAY, PaymentMethod.ACCOUNT_CREDIT),
                        Dates.instantsOn(dates(), ZONE))
                    .as(
                        (id, amounts, deductedPercent, method, decided) -> {
                          List<SettlementLine> lines = new ArrayList<>();
                          lines.add(SettlementLine.of(LineKind.COMPENSATION, Remedy.CASH, amounts.get(0)));
                          if (amounts.size() > 1) {
                            lines.add(SettlementLine.of(LineKind.FEE_REFUND, Remedy.FEE_REFUND, amounts.get(1)));
                          }
                          Money sum = Money.total(c, amounts);
                          // a deduction of at most the lines' sum: never below zero, by construction
                          deductedPercent.ifPresent(
                              p ->
                                  lines.add(
                                      SettlementLine.of(
                                          LineKind.SALVAGE_DEDUCTION,
                                          Remedy.CASH,
                                          sum.multipliedBy(BigDecimal.valueOf(p, 2), java.math.RoundingMode.DOWN))));
                          Settlement.Builder b = Settlement.builder();
                          return b.claimId(id)
                              .addAllLines(lines)
                              .paymentMethod(method)
                              .policy(PolicyId.of("testkit.settlement", "1"))
                              .decidedAt(decided)
                              .build();
                        }));
  }

  /**
   * Dates from 2000-01-01 to 2039-12-31, with leap days, year ends and new years among the edge
   * cases.
   *
   * @return the dates
   */
  public static Arbitrary<LocalDate> dates() {
    return Dates.between(FIRST_DATE, LAST_DATE);
  }

  /**
   * Dates from {@code first} to {@code last}, with both ends and the leap days, year ends and new
   * years between them among the edge cases.
   *
   * @param first the earliest date
   * @param last the latest date
   * @return the dates
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    return Dates.between(first, last);
  }

  /**
   * Effective periods starting in the default date range, open-ended or ending 1 to 3,650 days
   * later.
   *
   * @return the periods
   */
  public static Arbitrary<EffectivePeriod> effectivePeriods() {
    return Combinators.combine(dates(), Arbitraries.integers().between(1, 3_650).optional(0.5))
        .as((from, days) -> new EffectivePeriod(from, days.map(d -> from.plusDays(d))));
  }

  /**
   * Business calendars covering one to three years, the first from 2000 to 2037, with holiday runs
   * (some across a year end or a leap day), make-up working days beside them, and now and then
   * Friday–Saturday or no weekend; in Asia/Shanghai, UTC, Asia/Hong_Kong or Europe/Berlin.
   *
   * @return the calendars
   */
  public static Arbitrary<BusinessCalendar> calendars() {
    return Calendars.startingBetween(FIRST_DATE.getYear(), LAST_DATE.getYear() - 2);
  }

  /**
   * Business calendars covering exactly the years {@code first} to {@code last}, otherwise as
   * {@link #calendars()}.
   *
   * @param first the first year covered
   * @param last the last year covered
   * @return the calendars
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Arbitrary<BusinessCalendar> calendars(Year first, Year last) {
    return Calendars.covering(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last"));
  }

  /** {@return assessment contexts, to narrow with {@link ContextArbitrary}} */
  public static ContextArbitrary contexts() {
    return ContextArbitrary.of(CURRENCIES, FIRST_DATE, LAST_DATE, ZONE);
  }

  /** {@return claims with their contexts, each as {@link #cases(ClaimArbitrary, ContextArbitrary)}} */
  public static Arbitrary<ClaimCase> cases() {
    return cases(claims(), contexts());
  }

  /**
   * Claims with contexts that belong to them: the context's amounts in the claim's currency, its
   * zone the claims' zone and its governing date the claim's acceptance date there.
   *
   * @param claims the claims
   * @param contexts the contexts; their dates and zone are replaced as described
   * @return the cases
   * @throws IllegalArgumentException if the two share no currency
   */
  public static Arbitrary<ClaimCase> cases(ClaimArbitrary claims, ContextArbitrary contexts) {
    List<Currency> shared = Narrowing.keep("currency", claims.currencies(), contexts.currencies());
    ZoneId zone = claims.zone();
    return currencies(shared)
        .flatMap(
            c ->
                Combinators.combine(claims.in(c), contexts.partsIn(c))
                    .as((claim, parts) -> new ClaimCase(claim, parts.build(c, claim.shipment().acceptedAt().atZone(zone).toLocalDate(), zone))));
  }

  /**
   * Claim forms with one to three deliberate defects each, and the field paths an intake must name
   * for them: missing attributes, negative or mis-scaled amounts, amounts in another currency, times
   * out of order, a damage claim without its extent, unknown or over-claimed items, duplicate ids,
   * and defects of the nested shipment and evidence.
   *
   * @return the invalid forms
   */
  public static Arbitrary<InvalidClaimForm> invalidClaimForms() {
    return InvalidForms.forms(claims().inCurrency(Currency.getInstance("CNY")).shipments(ShipmentArbitrary::itemised).in(Currency.getInstance("CNY")))
        .map(f -> new InvalidClaimForm(f.defects(), f.expectedPaths(), f.parts()));
  }

  /**
   * Bad input to the value factories and builders, each with the field paths its exception must
   * name: money with too many decimals for its currency (JPY, CNY, KWD), unknown or unitless
   * currencies, text that is not a decimal, negative SDR amounts, malformed waybills and ids,
   * places, items, actors, periods, documents and calendars.
   *
   * @return the invalid values
   */
  public static Arbitrary<InvalidValue> invalidValues() {
    return InvalidValues.all().map(v -> new InvalidValue(v.description(), v.expectedPaths(), v.attempt()));
  }
}
