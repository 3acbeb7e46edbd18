package io.parcelclaims.testkit.internal;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.InvestigationFinding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Everything of an assessment context but its date: generated together with a claim, then given the
 * claim's governing date.
 *
 * @param finding what the investigation concluded
 * @param defences established defences
 * @param intentOrGrossNegligence whether intent or gross negligence was found
 * @param provedValue the proved value
 * @param assessedLoss the assessed loss
 * @param salvageValue the salvage value
 * @param priorPayouts what other sources paid
 * @param unitsPerSdr units of the claim's currency per SDR, when a rate is given
 * @param exchangeRates rates from the claim's currency, each as (to-currency, rate)
 * @param capNoticeProven whether notice of caps can be proved
 */
public record ContextParts(
    Optional<InvestigationFinding> finding,
    List<DenialReason> defences,
    boolean intentOrGrossNegligence,
    Optional<Money> provedValue,
    Optional<Money> assessedLoss,
    Optional<Money> salvageValue,
    List<Money> priorPayouts,
    Optional<BigDecimal> unitsPerSdr,
    List<RateTo> exchangeRates,
    boolean capNoticeProven) {

  /**
   * An exchange rate to another currency.
   *
   * @param to the target currency
   * @param rate units of {@code to} per unit of the claim's currency
   */
  public record RateTo(Currency to, BigDecimal rate) {}

  /**
   * The context, governed by {@code date} in {@code zone}; rates are dated that day.
   *
   * @param currency the claim's currency
   * @param date the governing date
   * @param zone the zone
   * @return the context
   */
  public AssessmentContext build(Currency currency, LocalDate date, ZoneId zone) {
    AssessmentContext.Builder b = AssessmentContext.builder();
    b.governingDate(date)
        .zone(zone)
        .finding(finding)
        .addAllDefences(defences)
        .intentOrGrossNegligence(intentOrGrossNegligence)
        .provedValue(provedValue)
        .assessedLoss(assessedLoss)
        .salvageValue(salvageValue)
        .addAllPriorPayouts(priorPayouts)
        .capNoticeProven(capNoticeProven);
    unitsPerSdr.ifPresent(u -> b.sdrRate(new SdrRate(currency, u, date)));
    exchangeRates.forEach(r -> b.addExchangeRates(new ExchangeRate(currency, r.to(), r.rate(), date)));
    return b.build();
  }
}
