package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentInputs;
import java.util.Optional;

/**
 * An assessment input that counts only when evidence backs it: reviewed and accepted evidence of
 * its kind on the claim, or an assessor's {@linkplain InputOverride override} with a reason. Without
 * either, the workflow answers that the claim needs that evidence.
 *
 * <p>Codes are stored, so a constant never changes meaning once released.
 *
 * @since 0.2.0
 */
public enum EvidencedInput {
  /** The proved value ({@code V}): backed by a purchase proof (E04, DOMAIN.md §6). */
  PROVED_VALUE("provedValue", EvidenceKind.PURCHASE_PROOF),
  /** The assessed loss ({@code L}): backed by a repair estimate or damage assessment (E13). */
  ASSESSED_LOSS("assessedLoss", EvidenceKind.REPAIR_ESTIMATE);

  private final String code;
  private final EvidenceKind evidence;

  EvidencedInput(String code, EvidenceKind evidence) {
    this.code = code;
    this.evidence = evidence;
  }

  /** {@return the stored code: the input's name in {@link AssessmentInputs}, such as {@code provedValue}} */
  public String code() {
    return code;
  }

  /** {@return the kind of evidence that backs the input} */
  public EvidenceKind evidence() {
    return evidence;
  }

  /**
   * The input's value in a set of inputs.
   *
   * @param inputs the inputs
   * @return the value, or empty when the inputs do not set it
   */
  public Optional<Money> valueIn(AssessmentInputs inputs) {
    return switch (this) {
      case PROVED_VALUE -> inputs.provedValue();
      case ASSESSED_LOSS -> inputs.assessedLoss();
    };
  }

  /**
   * The constant with a stored code.
   *
   * @param code a code such as {@code provedValue}
   * @return the constant
   * @throws IllegalArgumentException if no constant has the code
   */
  public static EvidencedInput ofCode(String code) {
    for (EvidencedInput input : values()) {
      if (input.code.equals(code)) {
        return input;
      }
    }
    throw new IllegalArgumentException("no evidenced input has the code \"" + code + "\"");
  }
}
