package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link AssessClaim} brings that the claim's history does not hold: values established from
 * reviewed evidence, rates with their dates, prior payouts and established defences.
 *
 * <p>The workflow adds the governing date, the zone and the investigation's finding from the claim's
 * state and records the whole {@link io.parcelclaims.policy.AssessmentContext} it used in the
 * assessed event. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AssessmentInputs {
  AssessmentInputs() {}

  /** {@return the actual value of the goods, proved by reviewed evidence} */
  public abstract Optional<Money> provedValue();

  /** {@return the actual loss the assessor established, such as a repair quote} */
  public abstract Optional<Money> assessedLoss();

  /** {@return the agreed salvage value of damaged goods the claimant keeps} */
  public abstract Optional<Money> salvageValue();

  /** {@return the SDR rate and its date, for convention limits} */
  public abstract Optional<SdrRate> sdrRate();

  /** {@return exchange rates with their dates, in the order given} */
  public abstract List<ExchangeRate> exchangeRates();

  /** {@return what other sources already paid on the same shipment} */
  public abstract List<Money> priorPayouts();

  /** {@return defences the investigation established, in the order given} */
  public abstract List<DenialReason> defences();

  /** {@return whether the loss was caused intentionally or by gross negligence; false unless set} */
  @Value.Default
  public boolean intentOrGrossNegligence() {
    return false;
  }

  /** {@return whether the carrier can prove notice of its cap terms; false unless set} */
  @Value.Default
  public boolean capNoticeProven() {
    return false;
  }

  /** {@return inputs with nothing established} */
  public static AssessmentInputs none() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    provedValue().ifPresent(v -> checks.nonNegative("provedValue", v));
    assessedLoss().ifPresent(v -> checks.nonNegative("assessedLoss", v));
    salvageValue().ifPresent(v -> checks.nonNegative("salvageValue", v));
    for (int i = 0; i < priorPayouts().size(); i++) {
      checks.nonNegative("priorPayouts[" + i + "]", priorPayouts().get(i));
    }
    checks.throwIfAny();
  }

  /** Builds {@link AssessmentInputs}; use once. */
  public static final class Builder extends ImmutableAssessmentInputs.Builder {
    Builder() {}
  }
}
