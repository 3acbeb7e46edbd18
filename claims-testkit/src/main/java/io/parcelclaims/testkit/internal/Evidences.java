package io.parcelclaims.testkit.internal;

import io.parcelclaims.claim.DocumentReference;
import io.parcelclaims.claim.Evidence;
import io.parcelclaims.claim.EvidenceId;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.StatedFact;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.money.Money;
import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Evidence items, valid by construction: at most one stated fact of each name. */
public final class Evidences {
  /** The SDK's evidence kinds, E01 to E20. */
  public static final List<EvidenceKind> KINDS =
      List.of(
          EvidenceKind.WAYBILL,
          EvidenceKind.CLAIM_FORM,
          EvidenceKind.STANDING,
          EvidenceKind.PURCHASE_PROOF,
          EvidenceKind.INSURED_VALUE_PROOF,
          EvidenceKind.PHOTOS,
          EvidenceKind.PACKAGING,
          EvidenceKind.UNBOXING_VIDEO,
          EvidenceKind.TRACKING,
          EvidenceKind.SIGN_OFF_RECORDS,
          EvidenceKind.CCTV,
          EvidenceKind.COURIER_RECORDS,
          EvidenceKind.REPAIR_ESTIMATE,
          EvidenceKind.SERIAL_NUMBERS,
          EvidenceKind.INSPECTION,
          EvidenceKind.VALUE_CERTIFICATES,
          EvidenceKind.WRITTEN_NOTICE,
          EvidenceKind.COMPLETED_TRACE,
          EvidenceKind.FREIGHT_PAID,
          EvidenceKind.NON_RECEIPT_STATEMENT);

  private Evidences() {}

  /**
   * All of an evidence item but its id and time, which depend on the claim it belongs to.
   *
   * @param kind the kind
   * @param submitter who submitted it
   * @param afterReportSeconds seconds after the report it was submitted
   * @param sha256 the document's digest
   * @param receipt the receipt amount it states, if any
   * @param estimate the repair estimate it states, if any
   * @param status its review status
   */
  public record Parts(
      EvidenceKind kind,
      Submitter submitter,
      long afterReportSeconds,
      String sha256,
      Optional<Money> receipt,
      Optional<Money> estimate,
      ReviewStatus status) {

    /**
     * The evidence item with id {@code EV-<index + 1>}, submitted after {@code reported}.
     *
     * @param index its position in the claim, from 0
     * @param reported when the claim was reported
     * @return the evidence
     */
    public Evidence build(int index, Instant reported) {
      Evidence.Builder b = Evidence.builder();
      b.id(EvidenceId.of("EV-" + (index + 1)))
          .kind(kind)
          .submitter(submitter)
          .submittedAt(reported.plusSeconds(afterReportSeconds))
          .document(DocumentReference.of(URI.create("urn:parcelclaims:document:" + (index + 1)), sha256))
          .reviewStatus(status);
      receipt.ifPresent(m -> b.addStatedFacts(StatedFact.amount(StatedFact.RECEIPT_AMOUNT, m)));
      estimate.ifPresent(m -> b.addStatedFacts(StatedFact.amount(StatedFact.REPAIR_ESTIMATE, m)));
      return b.build();
    }
  }

  /** {@return SHA-256 digests as 64 lowercase hex characters} */
  public static Arbitrary<String> sha256() {
    return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
  }

  /**
   * Evidence parts whose stated amounts are in {@code currency}.
   *
   * @param currency the currency of stated amounts
   * @return the parts
   */
  public static Arbitrary<Parts> parts(Currency currency) {
    Arbitrary<Optional<Money>> amounts =
        MinorUnits.between(currency.getDefaultFractionDigits(), 0, MinorUnits.DEFAULT_MAX)
            .map(units -> Money.ofMinor(currency, units))
            .optional(0.3);
    return Combinators.combine(
            Arbitraries.of(KINDS),
            Arbitraries.of(Submitter.values()),
            Arbitraries.longs().between(0, 30L * Dates.SECONDS_PER_DAY),
            sha256(),
            amounts,
            amounts,
            Arbitraries.of(ReviewStatus.values()))
        .as(Parts::new);
  }
}
