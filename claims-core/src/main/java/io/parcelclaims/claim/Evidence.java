package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import io.parcelclaims.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of evidence for a claim: its kind, who submitted it and when, a reference to the
 * document, the facts it states, and where it stands in review.
 *
 * <p>The SDK never reads the document itself. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /** {@return the evidence id, unique within a claim} */
  public abstract EvidenceId id();

  /** {@return the kind of evidence (docs/evidence.md)} */
  public abstract EvidenceKind kind();

  /** {@return who submitted it} */
  public abstract Submitter submitter();

  /** {@return when it was submitted} */
  public abstract Instant submittedAt();

  /** {@return where the document is, with its digest} */
  public abstract DocumentReference document();

  /** {@return the facts the document states, in the order given; empty when none} */
  public abstract List<StatedFact> statedFacts();

  /** {@return where it stands in review; {@link ReviewStatus#PENDING} unless set} */
  @Value.Default
  public ReviewStatus reviewStatus() {
    return ReviewStatus.PENDING;
  }

  /** {@return whether it was reviewed, accepted or rejected} */
  public final boolean isReviewed() {
    return reviewStatus() != ReviewStatus.PENDING;
  }

  /** {@return whether it was reviewed and accepted} */
  public final boolean isAccepted() {
    return reviewStatus() == ReviewStatus.ACCEPTED;
  }

  /**
   * The amount a stated fact gives.
   *
   * @param name the fact's name
   * @return the first amount stated under that name, or empty
   */
  public final Optional<Money> statedAmount(String name) {
    return statedFacts().stream()
        .filter(f -> f.name().equals(name))
        .flatMap(f -> f.amount().stream())
        .findFirst();
  }

  /**
   * This evidence with another review status.
   *
   * @param status the new status
   * @return a copy
   */
  public abstract Evidence withReviewStatus(ReviewStatus status);

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    for (int i = 0; i < statedFacts().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (statedFacts().get(i).name().equals(statedFacts().get(j).name())) {
          checks.add(
              "statedFacts[" + i + "].name",
              "evidence.duplicate-fact",
              "duplicates statedFacts[" + j + "]",
              statedFacts().get(i).name());
        }
      }
    }
    checks.throwIfAny();
  }

  /** Builds an {@link Evidence}; use once. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
