package io.parcelclaims.rules.intl;

import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-kg cargo limit a carrier applies for the Warsaw Convention's 250 gold francs per kg
 * (Art. 22(2), docs/conventions.md): either an amount of SDR per kg or an amount of a currency per kg.
 *
 * <p>The 250 francs are verified [V]; their conversion is <b>unverified</b> [U]: docs/conventions.md records no source for
 * official conversion of the gold franc (65.5 mg of gold of 900/1000 fineness, Art. 22(4)). The two
 * conversions offered, {@link Conventions#WARSAW_MAP4_SDR_17} and {@link Conventions#WARSAW_USD_20},
 * are secondary [S]; a carrier may pass its own with {@link #inSdr} or {@link #inMoney}. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class WarsawCargoLimit {
  private final Optional<SdrAmount> sdrPerKg;
  private final Optional<Money> moneyPerKg;

  private WarsawCargoLimit(Optional<SdrAmount> sdrPerKg, Optional<Money> moneyPerKg) {
    this.sdrPerKg = sdrPerKg;
    this.moneyPerKg = moneyPerKg;
  }

  /**
   * A limit in SDR per kg, converted with the context's SDR rate.
   *
   * @param perKg SDR per kg, above zero
   * @return the limit
   * @throws InvalidValueException if {@code perKg} is zero
   */
  public static WarsawCargoLimit inSdr(SdrAmount perKg) {
    Objects.requireNonNull(perKg, "perKg");
    if (perKg.units().signum() == 0) {
      throw mustBePositive(perKg.toString());
    }
    return new WarsawCargoLimit(Optional.of(perKg), Optional.empty());
  }

  /**
   * A limit in a currency per kg, converted into a claim in another currency with the context's
   * exchange rate from that currency to the claim's.
   *
   * @param perKg money per kg, above zero
   * @return the limit
   * @throws InvalidValueException if {@code perKg} is not above zero
   */
  public static WarsawCargoLimit inMoney(Money perKg) {
    Objects.requireNonNull(perKg, "perKg");
    if (!perKg.isPositive()) {
      throw mustBePositive(perKg.toString());
    }
    return new WarsawCargoLimit(Optional.empty(), Optional.of(perKg));
  }

  /** {@return the limit in SDR per kg, when it is given in SDR} */
  public Optional<SdrAmount> sdrPerKg() {
    return sdrPerKg;
  }

  /** {@return the limit in a currency per kg, when it is given in money} */
  public Optional<Money> moneyPerKg() {
    return moneyPerKg;
  }

  /** {@return a short code for the limit, part of the policy version: {@code sdr-17}, {@code usd-20.00}} */
  public String code() {
    return sdrPerKg
        .map(s -> "sdr-" + s.units().stripTrailingZeros().toPlainString())
        .orElseGet(() -> moneyPerKg.orElseThrow().currency().getCurrencyCode().toLowerCase(Locale.ROOT)
            + "-" + moneyPerKg.orElseThrow().amount().toPlainString());
  }

  private static InvalidValueException mustBePositive(String was) {
    return new InvalidValueException(
        List.of(Violation.of("perKg", "value.must-be-positive", "must be above zero (was " + was + ")", was)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WarsawCargoLimit w && sdrPerKg.equals(w.sdrPerKg) && moneyPerKg.equals(w.moneyPerKg);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sdrPerKg, moneyPerKg);
  }

  /** {@return the limit per kg, as {@code SDR 17} or {@code USD 20.00}} */
  @Override
  public String toString() {
    return sdrPerKg.map(SdrAmount::toString).orElseGet(() -> moneyPerKg.orElseThrow().toString());
  }
}
