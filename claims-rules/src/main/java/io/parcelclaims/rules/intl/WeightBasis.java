package io.parcelclaims.rules.intl;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.policy.Evaluation;
import java.math.BigDecimal;
import java.util.Optional;

/** Which weight a per-kg limit multiplies, and how its explanation names it. */
enum WeightBasis {
  /**
   * The shipment's gross weight: the whole package (MC99 Art. 22(4) first sentence; CMR Art. 23(3)
   * on total loss).
   */
  GROSS("grossWeightKg", "explain.intl.sdr-per-kg-gross"),

  /**
   * The gross weight of the part lost or damaged, as the investigation established it (CMR Art.
   * 23(3) "gross weight short" on partial loss); needs an inspection report until it is known.
   */
  AFFECTED("affectedWeightKg", "explain.intl.sdr-per-kg-short"),

  /**
   * The gross weight of the depreciated part of a damaged consignment, the whole gross weight when
   * all of it is depreciated, as the investigation established it (CMR Art. 25(2)); read from the
   * same fact as {@link #AFFECTED} and needing the same inspection report until it is known.
   */
  DEPRECIATED("affectedWeightKg", "explain.intl.sdr-per-kg-depreciated");

  /** What establishes an affected weight: an inspection (weighing) report, E15. */
  static final EvidenceKind AFFECTED_WEIGHT_EVIDENCE = EvidenceKind.INSPECTION;

  private final String factName;
  private final String messageKey;

  WeightBasis(String factName, String messageKey) {
    this.factName = factName;
    this.messageKey = messageKey;
  }

  String factName() {
    return factName;
  }

  String messageKey() {
    return messageKey;
  }

  /**
   * The weight in kg, or empty when the affected weight is not established yet.
   *
   * @throws IllegalArgumentException if the affected weight exceeds the shipment's gross weight
   */
  Optional<BigDecimal> of(Evaluation e) {
    BigDecimal gross = e.claim().shipment().grossWeightKg();
    if (this == GROSS) {
      return Optional.of(gross);
    }
    Optional<BigDecimal> affected = e.context().affectedWeightKg();
    affected
        .filter(kg -> kg.compareTo(gross) > 0)
        .ifPresent(
            kg -> {
              throw new IllegalArgumentException(
                  "affectedWeightKg " + kg.toPlainString() + " exceeds the shipment's gross weight " + gross.toPlainString());
            });
    return affected;
  }
}
