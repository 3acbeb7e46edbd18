package io.parcelclaims.rules.evidence;

import static io.parcelclaims.rules.evidence.ClaimSituation.COMPLETE_DELAY;
import static io.parcelclaims.rules.evidence.ClaimSituation.DELAY;
import static io.parcelclaims.rules.evidence.ClaimSituation.LOSS;
import static io.parcelclaims.rules.evidence.ClaimSituation.PARTIAL_DAMAGE;
import static io.parcelclaims.rules.evidence.ClaimSituation.SHORT_CONTENTS;
import static io.parcelclaims.rules.evidence.ClaimSituation.TOTAL_DAMAGE;
import static io.parcelclaims.rules.evidence.Need.REQUIRED;
import static io.parcelclaims.rules.evidence.Need.WAIVABLE;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.Policies;
import java.util.Objects;

/**
 * Ready evidence requirements: the matrix of docs/evidence.md and carrier and convention presets built
 * on it, with their value thresholds as parameters.
 *
 * <p><b>The national matrix</b> ({@link #national()}) holds the cells that every claim of a type
 * needs: E01 waybill, E02 claim form and E03 standing always; E04 purchase proof except for delay;
 * E05 proof of the declared value when insured; E06 photos and E07 packaging for damage and short
 * contents, E08 unboxing video waivable for them; E09 tracking with the promised time for loss,
 * delay and complete delay (from the staff); E10 sign-off records when the carrier says the parcel
 * was delivered (staff); E11 CCTV and E12 courier records waivable for loss and short contents
 * (staff, internal); E13 repair estimate for partial damage, and for total damage when the claimant
 * keeps the goods (salvage). The cells the matrix marks with a carrier or convention (E14–E19) are in
 * the presets that name them. This class holds factories only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class EvidenceMatrices {
  /** UPS's default threshold for serial numbers of electronics: above USD 500 (docs/evidence.md E14, [V] [29]). */
  public static final Money UPS_ELECTRONICS_THRESHOLD = Money.of("USD", "500.00");

  /** DHL's default threshold for an inspection: a declared value of at least USD 500 (docs/evidence.md E15, [S] [27]). */
  public static final Money DHL_INSPECTION_THRESHOLD = Money.of("USD", "500.00");

  /** SF copy C: purchase invoice required from 1,000 CNY (docs/carriers.md and docs/evidence.md, [S] [21-C]). */
  public static final Money SF_C_INVOICE_THRESHOLD = Money.of("CNY", "1000.00");

  /** SF copy C: certificates of origin and authenticity above 5,000 CNY (docs/carriers.md and docs/evidence.md, [S] [21-C]). */
  public static final Money SF_C_CERTIFICATE_THRESHOLD = Money.of("CNY", "5000.00");

  private static final String CUT_OFF = "2026-11";
  private static final String MATRIX = "docs/evidence.md matrix";
  private static final ClaimSituation[] GOODS = {LOSS, TOTAL_DAMAGE, PARTIAL_DAMAGE, SHORT_CONTENTS, COMPLETE_DELAY};
  private static final ClaimSituation[] DAMAGED = {TOTAL_DAMAGE, PARTIAL_DAMAGE, SHORT_CONTENTS};
  private static final ClaimSituation[] ALL = ClaimSituation.values();

  private static final EvidenceRequirements NATIONAL = buildNational();

  private EvidenceMatrices() {}

  /**
   * The national matrix of docs/evidence.md: rule set {@code evidence.matrix}, version {@code
   * 2026-11} (the research cut-off); see the class description for its cells.
   *
   * @return the requirements; the same immutable instance on every call
   */
  public static EvidenceRequirements national() {
    return NATIONAL;
  }

  private static EvidenceRequirements buildNational() {
    String p = "evidence.matrix.";
    return EvidenceRequirements.builder("evidence.matrix", CUT_OFF)
        .require(EvidenceRequirement.of(p + "e01", EvidenceKind.WAYBILL, REQUIRED, Submitter.CLAIMANT, MATRIX, ALL))
        .require(EvidenceRequirement.of(p + "e02", EvidenceKind.CLAIM_FORM, REQUIRED, Submitter.CLAIMANT, MATRIX, ALL))
        .require(EvidenceRequirement.of(p + "e03", EvidenceKind.STANDING, REQUIRED, Submitter.CLAIMANT, MATRIX, ALL))
        .require(EvidenceRequirement.of(p + "e04", EvidenceKind.PURCHASE_PROOF, REQUIRED, Submitter.CLAIMANT, MATRIX, GOODS))
        .require(
            EvidenceRequirement.of(p + "e05", EvidenceKind.INSURED_VALUE_PROOF, REQUIRED, Submitter.CLAIMANT, MATRIX, GOODS)
                .onlyWhen(Policies.insured()))
        .require(EvidenceRequirement.of(p + "e06", EvidenceKind.PHOTOS, REQUIRED, Submitter.CLAIMANT, MATRIX, DAMAGED))
        .require(EvidenceRequirement.of(p + "e07", EvidenceKind.PACKAGING, REQUIRED, Submitter.CLAIMANT, MATRIX, DAMAGED))
        .require(EvidenceRequirement.of(p + "e08", EvidenceKind.UNBOXING_VIDEO, WAIVABLE, Submitter.CLAIMANT, MATRIX, DAMAGED))
        .require(EvidenceRequirement.of(p + "e09", EvidenceKind.TRACKING, REQUIRED, Submitter.STAFF, MATRIX, LOSS, DELAY, COMPLETE_DELAY))
        .require(
            EvidenceRequirement.of(
                    p + "e10", EvidenceKind.SIGN_OFF_RECORDS, REQUIRED, Submitter.STAFF, MATRIX,
                    LOSS, TOTAL_DAMAGE, PARTIAL_DAMAGE, SHORT_CONTENTS)
                .onlyWhen(EvidenceConditions.carrierSaysDelivered()))
        .require(EvidenceRequirement.of(p + "e11", EvidenceKind.CCTV, WAIVABLE, Submitter.STAFF, MATRIX, LOSS, SHORT_CONTENTS))
        .require(EvidenceRequirement.of(p + "e12", EvidenceKind.COURIER_RECORDS, WAIVABLE, Submitter.STAFF, MATRIX, LOSS, SHORT_CONTENTS))
        .require(
            EvidenceRequirement.of(p + "e13.salvage", EvidenceKind.REPAIR_ESTIMATE, REQUIRED, Submitter.CLAIMANT, MATRIX, TOTAL_DAMAGE)
                .onlyWhen(EvidenceConditions.salvageKept()))
        .require(EvidenceRequirement.of(p + "e13", EvidenceKind.REPAIR_ESTIMATE, REQUIRED, Submitter.CLAIMANT, MATRIX, PARTIAL_DAMAGE))
        .build();
  }

  /**
   * UPS with the default threshold, {@link #UPS_ELECTRONICS_THRESHOLD}.
   *
   * @return the requirements
   * @see #ups(Money)
   */
  public static EvidenceRequirements ups() {
    return ups(UPS_ELECTRONICS_THRESHOLD);
  }

  /**
   * UPS (docs/evidence.md, [V] [29]; E19 [S]): rule set {@code evidence.ups}, version {@code
   * 29.2026-11}. The national matrix, plus E14 serial numbers or a detailed description when an
   * electronics item is worth <b>more than</b> the threshold (else UPS closes the investigation as
   * "Insufficient merchandise description"), and E19 proof the freight charges were paid. UPS asks
   * for seven photos for damage; the count is not modelled.
   *
   * @param electronicsThreshold the value an electronics item must exceed, in the claims' currency
   * @return the requirements
   */
  public static EvidenceRequirements ups(Money electronicsThreshold) {
    Objects.requireNonNull(electronicsThreshold, "electronicsThreshold");
    return EvidenceRequirements.builder("evidence.ups", "29." + CUT_OFF)
        .from(NATIONAL)
        .require(
            EvidenceRequirement.of("evidence.ups.e14", EvidenceKind.SERIAL_NUMBERS, REQUIRED, Submitter.CLAIMANT, "UPS [V] [29]", GOODS)
                .onlyWhen(EvidenceConditions.itemAbove(ItemCategory.ELECTRONICS, electronicsThreshold)))
        .require(EvidenceRequirement.of("evidence.ups.e19", EvidenceKind.FREIGHT_PAID, REQUIRED, Submitter.CLAIMANT, "UPS [S]", ALL))
        .build();
  }

  /**
   * DHL Express with the default threshold, {@link #DHL_INSPECTION_THRESHOLD}.
   *
   * @return the requirements
   * @see #dhl(Money)
   */
  public static EvidenceRequirements dhl() {
    return dhl(DHL_INSPECTION_THRESHOLD);
  }

  /**
   * DHL Express (docs/evidence.md, [V] [26], [S] [27]): rule set {@code evidence.dhl}, version {@code
   * 26.2026-11}. The national matrix, plus E15 an inspection by DHL of goods and packaging, at the
   * original delivery location, for damage and short contents when the declared value (Shipment
   * Value Protection) is <b>at least</b> the threshold; and E18 a completed trace before a loss
   * claim (loss and complete delay).
   *
   * @param inspectionThreshold the declared value from which DHL inspects, in the claims' currency
   * @return the requirements
   */
  public static EvidenceRequirements dhl(Money inspectionThreshold) {
    Objects.requireNonNull(inspectionThreshold, "inspectionThreshold");
    return EvidenceRequirements.builder("evidence.dhl", "26." + CUT_OFF)
        .from(NATIONAL)
        .require(
            EvidenceRequirement.of("evidence.dhl.e15", EvidenceKind.INSPECTION, REQUIRED, Submitter.STAFF, "DHL [S] [27]", DAMAGED)
                .onlyWhen(EvidenceConditions.declaredValueAtLeast(inspectionThreshold)))
        .require(
            EvidenceRequirement.of(
                "evidence.dhl.e18", EvidenceKind.COMPLETED_TRACE, REQUIRED, Submitter.STAFF, "DHL [V] [26]", LOSS, COMPLETE_DELAY))
        .build();
  }

  /**
   * SF domestic copy C with its default tiers, {@link #SF_C_INVOICE_THRESHOLD} and {@link
   * #SF_C_CERTIFICATE_THRESHOLD}.
   *
   * @return the requirements
   * @see #sfCopyC(Money, Money)
   */
  public static EvidenceRequirements sfCopyC() {
    return sfCopyC(SF_C_INVOICE_THRESHOLD, SF_C_CERTIFICATE_THRESHOLD);
  }

  /**
   * SF domestic waybill terms, copy C (docs/carriers.md and docs/evidence.md, [S] [21-C]): rule set {@code
   * evidence.sf.copy-c}, version {@code 21c.2026-11}. The national matrix with E04 in tiers by the
   * {@linkplain EvidenceConditions#goodsValue value of the goods}: below the invoice threshold any
   * value proof will do, so the desk may waive the purchase invoice; <b>from</b> it (1,000–5,000
   * CNY) the purchase invoice is required; <b>above</b> the certificate threshold (5,000 CNY) E16
   * certificates of origin and authenticity are required too. Undeclared goods above 1,000 CNY
   * without proof are deemed worth at most 1,000 CNY; that is the compensation rule of {@link
   * io.parcelclaims.rules.carrier.Carriers#sfDomesticCopyC()}.
   *
   * @param invoiceThreshold the value from which the purchase invoice is required
   * @param certificateThreshold the value above which certificates are required
   * @return the requirements
   */
  public static EvidenceRequirements sfCopyC(Money invoiceThreshold, Money certificateThreshold) {
    Objects.requireNonNull(invoiceThreshold, "invoiceThreshold");
    Objects.requireNonNull(certificateThreshold, "certificateThreshold");
    String source = "SF copy C [S] [21-C]";
    return EvidenceRequirements.builder("evidence.sf.copy-c", "21c." + CUT_OFF)
        .from(NATIONAL)
        .without(EvidenceKind.PURCHASE_PROOF)
        .require(
            EvidenceRequirement.of("evidence.sf.copy-c.e04-below-tier", EvidenceKind.PURCHASE_PROOF, WAIVABLE, Submitter.CLAIMANT, source, GOODS)
                .onlyWhen(EvidenceConditions.goodsValueAtLeast(invoiceThreshold).negate()))
        .require(
            EvidenceRequirement.of("evidence.sf.copy-c.e04-invoice", EvidenceKind.PURCHASE_PROOF, REQUIRED, Submitter.CLAIMANT, source, GOODS)
                .onlyWhen(EvidenceConditions.goodsValueAtLeast(invoiceThreshold)))
        .require(
            EvidenceRequirement.of("evidence.sf.copy-c.e16", EvidenceKind.VALUE_CERTIFICATES, REQUIRED, Submitter.CLAIMANT, source, GOODS)
                .onlyWhen(EvidenceConditions.goodsValueAbove(certificateThreshold)))
        .build();
  }

  /**
   * SF international terms (docs/carriers.md and docs/evidence.md, [S] [21-C]): rule set {@code
   * evidence.sf.international}, version {@code 21c.2026-11}. The national matrix, plus E19 proof the
   * charges were paid ("charges must be paid first"), for every claim.
   *
   * @return the requirements
   */
  public static EvidenceRequirements sfInternational() {
    return EvidenceRequirements.builder("evidence.sf.international", "21c." + CUT_OFF)
        .from(NATIONAL)
        .require(
            EvidenceRequirement.of("evidence.sf.international.e19", EvidenceKind.FREIGHT_PAID, REQUIRED, Submitter.CLAIMANT, "SF international [S] [21-C]", ALL))
        .build();
  }

  /**
   * Montreal Convention 1999 (docs/evidence.md E17, [V] [41]): rule set {@code evidence.mc99}, version
   * {@code 1999}. The national matrix, plus E17 the timely written notice for damage, short contents
   * and delay (Art. 31: 14 days for damage, 21 for delay; see {@link
   * io.parcelclaims.rules.timebar.TimeBars#montrealNotice}).
   *
   * @return the requirements
   */
  public static EvidenceRequirements montreal() {
    return EvidenceRequirements.builder("evidence.mc99", "1999")
        .from(NATIONAL)
        .require(
            EvidenceRequirement.of(
                "evidence.mc99.e17", EvidenceKind.WRITTEN_NOTICE, REQUIRED, Submitter.CLAIMANT, "MC99 Art. 31 [V] [41]",
                TOTAL_DAMAGE, PARTIAL_DAMAGE, SHORT_CONTENTS, DELAY))
        .build();
  }
}
