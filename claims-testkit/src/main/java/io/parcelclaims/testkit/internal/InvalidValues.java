package io.parcelclaims.testkit.internal;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.AffectedItem;
import io.parcelclaims.claim.ClaimId;
import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.Place;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.WaybillNumber;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.EffectivePeriod;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** A catalogue of bad input to the value factories and builders, each with the paths it must be reported at. */
public final class InvalidValues {
  private static final List<String> DECIMAL_CURRENCIES = List.of("JPY", "CNY", "KWD", "USD");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /**
   * One bad input.
   *
   * @param description what is wrong, readable in a counterexample
   * @param expectedPaths the paths the exception must name
   * @param attempt makes the value; expected to throw
   */
  public record Value(String description, List<String> expectedPaths, Supplier<Object> attempt) {
    @Override
    public String toString() {
      return description + " (must name " + expectedPaths + ")";
    }
  }

  private InvalidValues() {}

  /** {@return every kind of bad input in the catalogue} */
  public static Arbitrary<Value> all() {
    return Arbitraries.oneOf(
        List.of(
            overScaledMoney(),
            unknownCurrencies(),
            notDecimals(),
            unitlessCurrency(),
            negativeSdr(),
            badWaybills(),
            badIdentifiers(),
            badPlaces(),
            badItems(),
            badAffectedItems(),
            badActors(),
            reversedPeriods(),
            badDocuments(),
            badSdrRates(),
            badContexts(),
            badCalendars(),
            badFactNames()));
  }

  private static Arbitrary<Value> overScaledMoney() {
    return Combinators.combine(
            Arbitraries.of(DECIMAL_CURRENCIES),
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 9))
        .as(
            (code, whole, extra, last) -> {
              int digits = Currency.getInstance(code).getDefaultFractionDigits();
              String text = whole + "." + "0".repeat(digits + extra - 1) + last;
              return value("Money.of(\"" + code + "\", \"" + text + "\"): more decimals than " + code + " has", List.of("amount"), () -> Money.of(code, text));
            });
  }

  private static Arbitrary<Value> unknownCurrencies() {
    return Arbitraries.of("RMB", "cny", "US$", "EURO", "ZZZ", "")
        .map(code -> value("Money.of(\"" + code + "\", \"1\"): not an ISO 4217 code", List.of("currency"), () -> Money.of(code, "1")));
  }

  private static Arbitrary<Value> notDecimals() {
    return Arbitraries.of("12,50", "1.2.3", "abc", "", "¥12", "12 00")
        .map(text -> value("Money.of(\"CNY\", \"" + text + "\"): not a decimal", List.of("amount"), () -> Money.of("CNY", text)));
  }

  private static Arbitrary<Value> unitlessCurrency() {
    return Arbitraries.longs().between(0, 1_000)
        .map(n -> value("Money.of(\"XDR\", \"" + n + "\"): SDR has no minor unit", List.of("currency"), () -> Money.of("XDR", Long.toString(n))));
  }

  private static Arbitrary<Value> negativeSdr() {
    return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.integers().between(0, 4))
        .as((units, scale) -> BigDecimal.valueOf(-units, scale))
        .map(u -> value("SdrAmount.of(" + u.toPlainString() + "): negative", List.of("units"), () -> SdrAmount.of(u)));
  }

  private static Arbitrary<Value> badWaybills() {
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(7),
            Arbitraries.strings().numeric().ofMinLength(33).ofMaxLength(40),
            Arbitraries.strings().numeric().ofLength(10).map(d -> "sf" + d),
            Arbitraries.strings().numeric().ofLength(10).map(d -> "SF " + d),
            Arbitraries.strings().numeric().ofLength(10).map(d -> "SF-" + d),
            Arbitraries.just(""));
    return texts.map(t -> value("WaybillNumber.of(\"" + t + "\"): malformed", List.of("value"), () -> WaybillNumber.of(t)));
  }

  private static Arbitrary<Value> badIdentifiers() {
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(s -> "-" + s),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(s -> "C " + s),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(s -> "C/" + s),
            Arbitraries.strings().alpha().ofLength(129),
            Arbitraries.just(""));
    return texts.map(t -> value("ClaimId.of(\"" + abbreviate(t) + "\"): malformed", List.of("value"), () -> ClaimId.of(t)));
  }

  private static Arbitrary<Value> badPlaces() {
    Arbitrary<Value> countries =
        Arbitraries.of("cn", "CHN", "C", "", "C1")
            .map(c -> value("Place.of(\"" + c + "\", \"Shanghai\"): not an alpha-2 code", List.of("country"), () -> Place.of(c, "Shanghai")));
    Arbitrary<Value> cities =
        Arbitraries.of("", " ", "\t")
            .map(c -> value("Place.of(\"CN\", \"" + c + "\"): blank city", List.of("city"), () -> Place.of("CN", c)));
    return Arbitraries.oneOf(countries, cities);
  }

  private static Arbitrary<Value> badItems() {
    return Combinators.combine(
            Arbitraries.integers().between(-3, 0),
            Arbitraries.integers().between(-3, 0),
            Arbitraries.longs().between(1, 100_000),
            Arbitraries.of(true, false))
        .as(
            (line, quantity, cents, blank) -> {
              String description = blank ? " " : "book";
              List<String> paths =
                  blank
                      ? List.of("line", "description", "quantity", "unitValue")
                      : List.of("line", "quantity", "unitValue");
              Money unit = Money.ofMinor(Currency.getInstance("CNY"), -cents);
              return value(
                  "Item line " + line + ", quantity " + quantity + ", unit value " + unit + (blank ? ", blank description" : ""),
                  paths,
                  () -> Item.builder().line(line).description(description).quantity(quantity).unitValue(unit).build());
            });
  }

  private static Arbitrary<Value> badAffectedItems() {
    return Combinators.combine(Arbitraries.integers().between(-3, 0), Arbitraries.integers().between(-3, 5))
        .as(
            (line, quantity) ->
                value(
                    "AffectedItem.of(" + line + ", " + quantity + ")",
                    quantity < 1 ? List.of("line", "quantity") : List.of("line"),
                    () -> AffectedItem.of(line, quantity)));
  }

  private static Arbitrary<Value> badActors() {
    Currency cny = Currency.getInstance("CNY");
    Arbitrary<Value> negative =
        Arbitraries.longs().between(1, 1_000_000)
            .map(
                cents ->
                    value(
                        "Actor with a negative limit CNY -" + Money.ofMinor(cny, cents).amount(),
                        List.of("authorityLimits[0]"),
                        () -> Actor.builder().id(ActorId.of("A-1")).role(ActorRole.ASSESSOR).addAuthorityLimits(Money.ofMinor(cny, -cents)).build()));
    Arbitrary<Value> duplicate =
        Combinators.combine(Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 1_000_000))
            .as(
                (a, b) ->
                    value(
                        "Actor with two CNY limits",
                        List.of("authorityLimits[1]"),
                        () ->
                            Actor.builder()
                                .id(ActorId.of("A-1"))
                                .role(ActorRole.SUPERVISOR)
                                .addAuthorityLimits(Money.ofMinor(cny, a), Money.ofMinor(cny, b))
                                .build()));
    return Arbitraries.oneOf(negative, duplicate);
  }

  private static Arbitrary<Value> reversedPeriods() {
    return Combinators.combine(Dates.between(LocalDate.of(2000, 1, 1), LocalDate.of(2039, 12, 31)), Arbitraries.integers().between(0, 400))
        .as(
            (from, back) -> {
              LocalDate until = from.minusDays(back);
              return value("EffectivePeriod.between(" + from + ", " + until + ")", List.of("until"), () -> EffectivePeriod.between(from, until));
            });
  }

  private static Arbitrary<Value> badDocuments() {
    Arbitrary<Value> relative =
        Evidences.sha256()
            .map(sha -> value("DocumentReference with a relative URI", List.of("uri"), () -> DocumentReference.of(URI.create("docs/receipt.pdf"), sha)));
    Arbitrary<Value> digests =
        Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(63).map(s -> "A" + s),
                Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(0).ofMaxLength(63))
            .map(sha -> value("DocumentReference with digest \"" + sha + "\"", List.of("sha256"), () -> DocumentReference.of(URI.create("urn:doc:1"), sha)));
    return Arbitraries.oneOf(relative, digests);
  }

  private static Arbitrary<Value> badSdrRates() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-100"), BigDecimal.ZERO).ofScale(4)
        .map(r -> value("SdrRate CNY " + r.toPlainString() + " per SDR", List.of("unitsPerSdr"), () -> new SdrRate(Currency.getInstance("CNY"), r, LocalDate.of(2025, 1, 1))));
  }

  private static Arbitrary<Value> badContexts() {
    Currency cny = Currency.getInstance("CNY");
    return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.longs().between(1, 1_000_000))
        .as(
            (value, prior) ->
                value(
                    "AssessmentContext with provedValue CNY -" + Money.ofMinor(cny, value).amount() + " and a negative prior payout",
                    List.of("provedValue", "priorPayouts[0]"),
                    () ->
                        AssessmentContext.builder()
                            .governingDate(LocalDate.of(2025, 1, 1))
                            .zone(SHANGHAI)
                            .provedValue(Money.ofMinor(cny, -value))
                            .addPriorPayouts(Money.ofMinor(cny, -prior))
                            .build()));
  }

  private static Arbitrary<Value> badCalendars() {
    return Combinators.combine(Arbitraries.integers().between(2000, 2037), Arbitraries.integers().between(0, 364))
        .as(
            (year, day) -> {
              LocalDate off = Year.of(year).atDay(1 + day % Year.of(year).length());
              LocalDate outside = LocalDate.of(year + 1, 6, 1);
              return value(
                  "BusinessCalendar for " + year + " with make-up day " + off + " that is also off, and off day " + outside + " outside it",
                  List.of("offDays[1]", "makeUpWorkingDays[0]"),
                  () ->
                      BusinessCalendar.builder()
                          .zone(SHANGHAI)
                          .firstYear(Year.of(year))
                          .lastYear(Year.of(year))
                          .offDay(off)
                          .offDay(outside)
                          .makeUpWorkingDay(off)
                          .build());
            });
  }

  private static Arbitrary<Value> badFactNames() {
    return Arbitraries.of("receipt amount", "-receipt", "收据", "")
        .map(
            name ->
                value(
                    "StatedFact.amount(\"" + name + "\", CNY 1.00)",
                    List.of("name"),
                    () -> StatedFact.amount(name, Money.of("CNY", "1.00"))));
  }

  private static Value value(String description, List<String> paths, Supplier<Object> attempt) {
    return new Value(description, paths, attempt);
  }

  private static String abbreviate(String text) {
    return text.length() <= 20 ? text : text.substring(0, 17) + "...(" + text.length() + " chars)";
  }
}
