package io.parcelclaims.rules.intl;

import io.parcelclaims.money.CurrencyMismatchException;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.money.SdrRate;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A convention's limit of so many SDR per kg: the SDR amount is kept exact (26 × 3.4 = 88.4 SDR) and
 * becomes money once, with the context's SDR rate and the tariff's rounding mode (docs/reading.md, docs/conventions.md).
 *
 * <p>A missing SDR rate is the caller's omission, not the claimant's: the SDK never looks rates up,
 * so the rule refuses with {@link IllegalArgumentException} rather than ask the claimant for
 * evidence. A rate in another currency than the claim's is a {@link CurrencyMismatchException}.
 */
final class SdrPerKgLimit implements AmountRule {
  private final String id;
  private final SdrAmount perKg;
  private final WeightBasis basis;

  SdrPerKgLimit(String id, SdrAmount perKg, WeightBasis basis) {
    this.id = id;
    this.perKg = perKg;
    this.basis = basis;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    Optional<BigDecimal> weight = basis.of(e);
    if (weight.isEmpty()) {
      String code = WeightBasis.AFFECTED_WEIGHT_EVIDENCE.code();
      return RuleResult.missing(
          List.of(WeightBasis.AFFECTED_WEIGHT_EVIDENCE),
          e.step(id, "explain.evidence-missing", MessageArg.code(code)).build());
    }
    SdrRate rate =
        e.context()
            .sdrRate()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        e.rule(id) + " converts SDR with the caller's rate: AssessmentContext.sdrRate is missing"));
    if (!rate.currency().equals(e.currency())) {
      throw new CurrencyMismatchException(e.currency(), rate.currency());
    }
    BigDecimal kg = weight.get();
    SdrAmount sdr = perKg.multipliedBy(kg);
    Money limit = sdr.toMoney(rate, e.rounding());
    return RuleResult.amount(
        limit,
        e.step(
                id,
                basis.messageKey(),
                MessageArg.decimal(perKg.units()),
                MessageArg.decimal(kg),
                MessageArg.decimal(sdr.units()),
                MessageArg.decimal(rate.unitsPerSdr()),
                MessageArg.code(rate.currency().getCurrencyCode()),
                MessageArg.date(rate.date()),
                MessageArg.money(limit))
            .addFacts(
                new Fact(basis.factName(), MessageArg.decimal(kg)),
                new Fact("sdrRate", MessageArg.decimal(rate.unitsPerSdr())),
                new Fact("sdrRateDate", MessageArg.date(rate.date())))
            .after(limit)
            .build());
  }
}
