package io.parcelclaims.workflow.event;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentInputs;
import java.util.List;
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
  /** The proved value ({@code V}): backed by a purchase proof (E04, docs/evidence.md). */
  PROVED_VALUE("provedValue", List.of(EvidenceKind.PURCHASE_PROOF)),
  /**
   * The assessed loss ({@code L}): backed by a repair estimate or damage assessment (E13), or by the
   * carrier's inspection report (E15), which establishes what a partial loss or damage cost.
   */
  ASSESSED_LOSS("assessedLoss", List.of(EvidenceKind.REPAIR_ESTIMATE, EvidenceKind.INSPECTION));

  private final String code;
  private final List<EvidenceKind> backing;

  EvidencedInput(String code, List<EvidenceKind> backing) {
    this.code = code;
    this.backing = backing;
  }

  /** {@return the stored code: the input's name in {@link AssessmentInputs}, such as {@code provedValue}} */
  public String code() {
    return code;
  }

  /** {@return the kind of evidence asked for when the input lacks its backing: the first of {@link #backing()}} */
  public EvidenceKind evidence() {
    return backing.get(0);
  }

  /** {@return the kinds of evidence, any one of which backs the input once accepted} */
  public List<EvidenceKind> backing() {
    return backing;
  }

  /**
   * Whether a claim holds accepted evidence that backs the input.
   *
   * @param claim the claim with its evidence
   * @return true if an item of one of the {@link #backing()} kinds is reviewed and accepted
   */
  public boolean isBackedOn(Claim claim) {
    return claim.evidence().stream().anyMatch(e -> e.isAccepted() && backing.contains(e.kind()));
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
