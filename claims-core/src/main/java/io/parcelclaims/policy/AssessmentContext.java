package io.parcelclaims.policy;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.RootCause;
import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.ExchangeRate;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a policy needs that is not in the claim: the governing date, the investigation's finding,
 * values established from reviewed evidence, rates with their dates, and other facts.
 *
 * <p>The proved value and the assessed loss come from reviewed evidence and the assessor's finding,
 * never from the amount claimed. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AssessmentContext {
  AssessmentContext() {}

  /** {@return the date that selects the policy version; by default the acceptance date} */
  public abstract LocalDate governingDate();

  /** {@return the zone in which instants of the claim become dates} */
  public abstract ZoneId zone();

  /** {@return what the investigation concluded, once it has} */
  public abstract Optional<InvestigationFinding> finding();

  /**
   * The investigation's root cause, once it concluded (DOMAIN.md §1, step 3). A cause that is a
   * defence ({@link RootCause#defence()}) counts among the {@linkplain #establishedDefences()
   * established defences}.
   *
   * @return the root cause, or empty
   */
  public abstract Optional<RootCause> rootCause();

  /** {@return defences established apart from the root cause (force majeure, inherent vice, sender fault)} */
  public abstract List<DenialReason> defences();

  /**
   * Every defence established: {@link #defences()} in order, then the {@linkplain #rootCause() root
   * cause}'s defence if it is one and not already listed. Policies read this, so a defence counts the
   * same whether the assessor entered it or the investigation found it.
   *
   * @return the defences, without repeats
   */
  public final List<DenialReason> establishedDefences() {
    Optional<DenialReason> fromCause = rootCause().flatMap(RootCause::defence);
    if (fromCause.isEmpty() || defences().contains(fromCause.get())) {
      return defences();
    }
    List<DenialReason> all = new ArrayList<>(defences());
    all.add(fromCause.get());
    return List.copyOf(all);
  }

  /**
   * Whether the loss was caused by the carrier's wilful misconduct, or by default that the court's
   * law treats as equivalent (CMR Art. 29, DOMAIN.md §5). A fact of its own, apart from {@link
   * #intentOrGrossNegligence()}: a preset that maps gross negligence to it says so.
   *
   * @return true if established; false unless set
   */
  @Value.Default
  public boolean wilfulMisconduct() {
    return false;
  }

  /** {@return whether the loss was caused intentionally or by gross negligence (Postal Law Art. 47 ¶3)} */
  @Value.Default
  public boolean intentOrGrossNegligence() {
    return false;
  }

  /** {@return the actual value of the goods ({@code V}), proved by reviewed evidence} */
  public abstract Optional<Money> provedValue();

  /** {@return the actual loss ({@code L}) the assessor established, such as a repair quote} */
  public abstract Optional<Money> assessedLoss();

  /**
   * The gross weight, in kg, of the part of the shipment lost or damaged, as the investigation
   * established it (by weighing at delivery, say). A convention that limits a partial loss by weight
   * reads it: CMR Art. 23(3) caps compensation at 8.33 SDR per kg of "gross weight short" (DOMAIN.md
   * §5). Empty until established; above zero when present.
   *
   * @return the weight lost or damaged, in kg
   */
  public abstract Optional<BigDecimal> affectedWeightKg();

  /** {@return the agreed salvage value of damaged goods the claimant keeps} */
  public abstract Optional<Money> salvageValue();

  /** {@return the SDR rate to convert convention limits with, and its date} */
  public abstract Optional<SdrRate> sdrRate();

  /** {@return exchange rates, with their dates} */
  public abstract List<ExchangeRate> exchangeRates();

  /** {@return what other sources already paid on the same shipment} */
  public abstract List<Money> priorPayouts();

  /**
   * Whether the carrier can prove it drew attention to its cap terms (Civil Code Art. 496, SPC
   * interpretation Art. 10). When it cannot, contested caps produce an alternative outcome.
   *
   * @return true if notice can be proved
   */
  @Value.Default
  public boolean capNoticeProven() {
    return false;
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
    affectedWeightKg()
        .filter(kg -> kg.signum() <= 0)
        .ifPresent(
            kg ->
                checks.add(
                    "affectedWeightKg",
                    "value.must-be-positive",
                    "must be above zero (was " + kg.toPlainString() + ")",
                    kg));
    for (int i = 0; i < priorPayouts().size(); i++) {
      checks.nonNegative("priorPayouts[" + i + "]", priorPayouts().get(i));
    }
    checks.throwIfAny();
  }

  /** Builds an {@link AssessmentContext}; use once. */
  public static final class Builder extends ImmutableAssessmentContext.Builder {
    Builder() {}
  }
}
