package io.parcelclaims.policy;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assessor's facts, shared by {@link AssessmentInputs} and {@link AssessmentContext} so that a
 * context built from inputs holds every one of them; package-private, callers see the two types.
 *
 * <p>What an assessor brings to an assessment that the claim does not hold: values established from
 * evidence, the weight affected, rates with their dates, prior payouts, defences and the facts of
 * the carrier's conduct.
 *
 * <p>An {@link AssessmentContext} is these inputs plus what the workflow derives from the claim's
 * history (the governing date, the zone, the investigation's finding and root cause); the workflow's
 * assess command carries exactly this type, and the context is built from it with {@link
 * AssessmentContext.Builder#from(AssessmentInputs)}, so every input reaches the policy. Build one with
 * {@link #builder()}; values are immutable and thread-safe.
 *
 */
interface InputFacts {

  /** {@return the actual value of the goods ({@code V}), proved by reviewed evidence} */
  Optional<Money> provedValue();

  /** {@return the actual loss ({@code L}) the assessor established, such as a repair quote} */
  Optional<Money> assessedLoss();

  /**
   * The gross weight, in kg, of the part of the shipment lost or damaged, as the investigation
   * established it (by weighing at delivery, say). A convention that limits a partial loss by weight
   * reads it: CMR Art. 23(3) caps compensation at 8.33 SDR per kg of "gross weight short" (
   * docs/conventions.md). Empty until established; above zero when present.
   *
   * @return the weight lost or damaged, in kg
   */
  Optional<BigDecimal> affectedWeightKg();

  /** {@return the agreed salvage value of damaged goods the claimant keeps} */
  Optional<Money> salvageValue();

  /** {@return the SDR rate to convert convention limits with, and its date} */
  Optional<SdrRate> sdrRate();

  /** {@return exchange rates, with their dates, in the order given} */
  List<ExchangeRate> exchangeRates();

  /** {@return what other sources already paid on the same shipment} */
  List<Money> priorPayouts();

  /**
   * {@return defences established apart from the investigation's root cause (force majeure, inherent
   * vice, the sender's or the recipient's fault), in the order given}
   */
  List<DenialReason> defences();

  /** {@return whether the loss was caused intentionally or by gross negligence; false unless set} */
  @Value.Default
  default boolean intentOrGrossNegligence() {
    return false;
  }

  /**
   * Whether the loss was caused by the carrier's wilful misconduct, or by default that the court's
   * law treats as equivalent (CMR Art. 29, docs/conventions.md). A fact of its own, apart from {@link
   * #intentOrGrossNegligence()}: a preset that maps gross negligence to it says so.
   *
   * @return true if established; false unless set
   */
  @Value.Default
  default boolean wilfulMisconduct() {
    return false;
  }

  /**
   * Whether the carrier can prove it drew attention to its cap terms (Civil Code Art. 496, SPC
   * interpretation Art. 10; Postal Law Art. 47 ¶2). When it cannot, contested caps produce an
   * alternative outcome.
   *
   * @return true if notice can be proved; false unless set
   */
  @Value.Default
  default boolean capNoticeProven() {
    return false;
  }
}
