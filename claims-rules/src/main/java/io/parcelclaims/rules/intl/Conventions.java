package io.parcelclaims.rules.intl;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.money.Money;
import io.parcelclaims.money.SdrAmount;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.PolicyCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ready policies for cross-border carriage under the conventions of docs/conventions.md: the Montreal
 * Convention 1999 (air cargo), CMR (international road carriage) and the Warsaw Convention 1929 as
 * amended at The Hague 1955 (air cargo where one state is not a Montreal party).
 *
 * <p><b>Rates are inputs.</b> Convention limits are in SDR and become money once, with the SDR rate
 * the caller puts in {@code AssessmentContext.sdrRate()} (its date is the caller's choice: the date
 * of judgement in court, the settlement date out of court; docs/reading.md). The SDR amount stays an
 * exact {@link SdrAmount} until then; the converted limit rounds once, {@code HALF_UP} to the claim
 * currency's minor unit. A policy that needs a rate and finds none refuses with {@link
 * IllegalArgumentException}: the rate is the carrier's input, not the claimant's evidence, so a
 * missing rate is never turned into a request for evidence. A rate in another currency than the
 * claim's is a {@link io.parcelclaims.money.CurrencyMismatchException}.
 *
 * <p><b>Scope.</b> Each policy first checks that its convention applies, and denies with {@link
 * DenialReason#CONVENTION_NOT_APPLICABLE} and an explanation step per failed check: Montreal and
 * Warsaw only for carriage by air, CMR only by road; Montreal (Art. 2(2)), Warsaw (Art. 2(2), rev.
 * 2026-12: carriage under an international postal convention) and CMR (Art. 1(4)(a)) never for
 * postal items ({@link MailClass#POSTAL_RECEIPTED}, {@link MailClass#REGISTERED_LETTER}).
 * Whether a convention governs a route at all (states parties, international carriage) is the
 * caller's choice of policy; the SDK does not know which states are parties. Multimodal carriage is
 * denied as the wrong mode: the conventions' rules for combined carriage are not in docs/conventions.md.
 *
 * <p><b>Claim types.</b> Loss or total damage is compensated on the proved value {@code V}; partial
 * damage, short contents and delay on the assessed loss {@code L} (docs/claim-types.md). A convention limit
 * is mandatory law, not a carrier's standard term, so it is never contested and an assessment has no
 * alternative. A special declaration of interest in delivery (Montreal Art. 22(3)), or a value
 * declared in the consignment note (CMR Art. 24), made and paid for, is the shipment's declared value
 * with its premium ({@code Shipment.declaredValue()}); a value stated for other purposes ({@code
 * Shipment.statedValue()}: a customs value, EMS's 详情单) is never read as one. Under Montreal and CMR
 * a declaration <b>raises the limit and never lowers it</b> (Montreal Art. 26, CMR Art. 23(6);
 * docs/conventions.md rev. 2026-12): the limit is the greater of the declared sum and the per-kg limit, so
 * the per-kg limit (and the SDR rate) is computed even then. Under Warsaw / Hague the declared sum
 * replaces the limit (docs/conventions.md records no Warsaw counterpart of Montreal Art. 26). Defences
 * (Montreal Art. 18–19) are not part of these policies; notice periods, limitation (CMR Art. 32,
 * Montreal Art. 35, Warsaw Art. 29) and the days from which a parcel may be treated as lost (CMR Art.
 * 20(1), Montreal Art. 13(3)) are time bars in {@code io.parcelclaims.rules.timebar.TimeBars}, put in
 * front of a policy with {@link io.parcelclaims.policy.GuardedPolicy}.
 *
 * <p><b>The carrier's fault.</b> CMR Art. 29: wilful misconduct, or default the court's law treats as
 * equivalent, lifts every CMR limit ({@link #cmr(EffectivePeriod, Condition)} says which fact stands
 * for it: {@link #wilfulMisconduct()} by default, {@link #wilfulMisconductOrGrossNegligence()} for a
 * court that treats gross negligence as equivalent). Montreal Art. 22(5): the cargo limit stands
 * whatever the carrier's fault; the explanation says so when the context records wilful misconduct
 * or gross negligence.
 *
 * <p>This class holds constants and factories only; the policies are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Conventions {
  /** Policy id of the Montreal Convention's cargo liability: {@value}. docs/conventions.md calls it {@code MC99-CARGO}. */
  public static final String MONTREAL_CARGO = "intl.mc99.cargo";

  /** Policy id of CMR Art. 23: {@value}. docs/conventions.md calls it {@code CMR-23}. */
  public static final String CMR = "intl.cmr.art23";

  /** Policy id of the Warsaw / Hague cargo limit: {@value}. */
  public static final String WARSAW_CARGO = "intl.warsaw.cargo";

  /** The version of {@link #CMR}: the Convention of 1956. */
  public static final String CMR_VERSION = "1956";

  /**
   * The start of every {@link #WARSAW_CARGO} version, followed by the code of its {@linkplain
   * WarsawCargoLimit limit}: {@code hague-1955.sdr-17}.
   */
  public static final String WARSAW_VERSION_PREFIX = "hague-1955.";

  /** The Montreal Convention's entry into force, 2003-11-04 (docs/conventions.md [S]): no version before it. */
  public static final LocalDate MONTREAL_IN_FORCE_FROM = LocalDate.of(2003, 11, 4);

  /**
   * The Montreal Convention's cargo limits per kg (Art. 22(3)) by the first date of carriage they
   * govern (docs/conventions.md): 17 SDR from 2003-11-04 (17 SDR [V], the date [S]); 19 SDR from 2009-12-30
   * ([S]; one source calls the date "30 Dec 2009, 31 Dec 2009 or 1 Jan 2010 … not entirely clear");
   * 22 SDR from 2019-12-28 ([S]); 26 SDR from 2024-12-28 ([S]). Pass another list to {@link
   * #montrealCargo(List)} to move a date or add ICAO's next revision (Art. 24).
   */
  public static final List<SdrLimitRevision> MONTREAL_CARGO_LIMITS =
      List.of(
          new SdrLimitRevision(MONTREAL_IN_FORCE_FROM, SdrAmount.of("17")),
          new SdrLimitRevision(LocalDate.of(2009, 12, 30), SdrAmount.of("19")),
          new SdrLimitRevision(LocalDate.of(2019, 12, 28), SdrAmount.of("22")),
          new SdrLimitRevision(LocalDate.of(2024, 12, 28), SdrAmount.of("26")));

  /** CMR Art. 23(3): 8.33 SDR per kg of gross weight short (docs/conventions.md [V]). */
  public static final SdrAmount CMR_SDR_PER_KG = SdrAmount.of("8.33");

  /** Warsaw Art. 22(2): 250 (gold) francs per kg of cargo (docs/conventions.md [V]); see {@link WarsawCargoLimit}. */
  public static final long WARSAW_FRANCS_PER_KG = 250;

  /**
   * 17 SDR per kg: the Warsaw limit as Montreal Additional Protocol No. 4 (1975) expresses it
   * (docs/conventions.md [S]). As a conversion of the 250 gold francs it is <b>unverified</b>.
   */
  public static final WarsawCargoLimit WARSAW_MAP4_SDR_17 = WarsawCargoLimit.inSdr(SdrAmount.of("17"));

  /**
   * USD 20 per kg: the Warsaw limit as it is usually applied (docs/conventions.md [S]). As a conversion of
   * the 250 gold francs it is <b>unverified</b>.
   */
  public static final WarsawCargoLimit WARSAW_USD_20 = WarsawCargoLimit.inMoney(Money.of("USD", "20.00"));

  private static final PolicyCatalogue MONTREAL = montrealCargo(MONTREAL_CARGO_LIMITS);

  private Conventions() {}

  /**
   * A period with no start and no end. docs/conventions.md records no date on which CMR or the Warsaw and
   * Hague texts took effect, and whether they govern a carriage turns on the states of the route,
   * which the caller decides: so their policies are in force on every date unless given a period.
   *
   * @return the period from {@link LocalDate#MIN}, open-ended
   */
  public static EffectivePeriod undatedPeriod() {
    return EffectivePeriod.from(LocalDate.MIN);
  }

  /**
   * The Montreal Convention's cargo liability with the limits of {@link #MONTREAL_CARGO_LIMITS}.
   *
   * @return the catalogue {@value #MONTREAL_CARGO}; the same immutable instance on every call
   * @see #montrealCargo(List)
   */
  public static PolicyCatalogue montrealCargo() {
    return MONTREAL;
  }

  /**
   * The Montreal Convention 1999's liability for cargo (docs/conventions.md and docs/worked-examples.md EX-10): a catalogue with
   * one version per limit revision, picked by the <b>date of carriage</b>, the date the carrier
   * accepted the parcel in the assessment's zone ({@code GoverningDate.ACCEPTANCE}; docs/reading.md:
   * "carriage … taking place on or after December 28, 2024"). Each version's id is {@value
   * #MONTREAL_CARGO} and its version the revision's first date ({@code 2024-12-28}); it is in force
   * until the next revision. Before the first revision the catalogue has no version: the Convention
   * was not in force. A version refuses, with {@link IllegalArgumentException}, a claim whose date of
   * carriage lies outside its period, so a limit is never applied to carriage it does not govern.
   *
   * <ul>
   *   <li>Only carriage by air, and never postal items (Art. 2(2)): otherwise denied.
   *   <li>Loss, damage and delay (Art. 18, 19): the actual loss, at most the revision's SDR per kg ×
   *       the shipment's gross weight (Art. 22(3)), converted with the context's SDR rate. Delay has
   *       the same limit.
   *   <li>Weight: Art. 22(4) first sentence [V], "only the total weight of the package(s)
   *       concerned": a parcel is one package, so its gross weight. The second sentence (the weight
   *       of all packages on the same air waybill whose value is affected) is <b>unverified</b> [U]
   *       and <b>not implemented</b>: a claim that needs it must be priced by the carrier.
   *   <li>Special declaration of interest in delivery, made and paid for (a declared value): the
   *       actual loss, at most the greater of the declared sum and the per-kg limit (Art. 22(3) with
   *       Art. 26, docs/conventions.md rev. 2026-12 and §8 EX-29: a declared sum below the limit cannot lower
   *       it).
   *   <li>The carrier's fault (Art. 22(5), rev. 2026-12): wilful misconduct or gross negligence does
   *       not lift the cargo limit.
   * </ul>
   *
   * @param revisions the limits and the first dates of carriage they govern, in any order, dates
   *     distinct
   * @return the catalogue {@value #MONTREAL_CARGO}
   * @throws io.parcelclaims.value.InvalidValueException if the list is empty or two revisions share a
   *     date
   */
  public static PolicyCatalogue montrealCargo(List<SdrLimitRevision> revisions) {
    return Montreal.catalogue(revisions);
  }

  /**
   * CMR, with no dated period ({@link #undatedPeriod()}), reading {@link #wilfulMisconduct()} for
   * Art. 29.
   *
   * @return the policy {@value #CMR}, version {@value #CMR_VERSION}
   * @see #cmr(EffectivePeriod, Condition)
   */
  public static CompensationPolicy cmr() {
    return cmr(undatedPeriod());
  }

  /**
   * CMR Art. 29's fact as the context records it: {@code AssessmentContext.wilfulMisconduct()}, code
   * {@code wilful-misconduct}. Gross negligence alone does not count.
   *
   * @return the condition
   * @since 0.2.0
   */
  public static Condition wilfulMisconduct() {
    return ConventionParts.WILFUL_MISCONDUCT;
  }

  /**
   * CMR Art. 29 for a court whose law treats gross negligence as equivalent to wilful misconduct (as
   * many civil-law courts do, docs/conventions.md): {@code wilfulMisconduct()} or {@code
   * intentOrGrossNegligence()}, code {@code wilful-misconduct-or-gross-negligence}.
   *
   * @return the condition
   * @since 0.2.0
   */
  public static Condition wilfulMisconductOrGrossNegligence() {
    return ConventionParts.WILFUL_MISCONDUCT_OR_GROSS_NEGLIGENCE;
  }

  /**
   * CMR for international carriage of goods by road, reading {@link #wilfulMisconduct()} for Art. 29.
   *
   * @param period when this version is in force
   * @return the policy {@value #CMR}, version {@value #CMR_VERSION}
   * @see #cmr(EffectivePeriod, Condition)
   */
  public static CompensationPolicy cmr(EffectivePeriod period) {
    return cmr(period, wilfulMisconduct());
  }

  /**
   * CMR Art. 23–26 and 29 for international carriage of goods by road (docs/conventions.md and docs/worked-examples.md EX-13,
   * EX-25, EX-26). Amounts in the claim's currency; the SDR rate comes from the context.
   *
   * <ul>
   *   <li>Only carriage by road, and never carriage under international postal conventions (Art.
   *       1(4)(a)): postal items are denied, as is any other mode.
   *   <li>Total loss (loss, or total damage, docs/claim-types.md): the value at taking over (the proved
   *       value, Art. 23(1)–(2)), at most <b>8.33 SDR per kg</b> of the shipment's gross weight (Art.
   *       23(3)); the carriage charges refunded <b>in full</b> (Art. 23(4)).
   *   <li>Partial loss (short contents): the assessed loss, at most 8.33 SDR per kg of the <b>gross
   *       weight short</b>; the charges refunded in proportion to the loss by weight, charges × weight
   *       short / gross weight (Art. 23(4)). The weight short is a finding of the investigation,
   *       passed as {@code AssessmentContext.affectedWeightKg()}; until it is known the outcome is
   *       NEEDS_EVIDENCE with an inspection report ({@code E15}). A weight short above the gross
   *       weight is refused with {@link IllegalArgumentException}.
   *   <li>Partial damage (Art. 25, rev. 2026-12): the amount by which the goods diminished in value
   *       (the assessed loss), at most 8.33 SDR per kg of the weight of the depreciated part (the
   *       affected weight; the whole gross weight when all of the consignment is depreciated, as the
   *       investigation records it), so at most what its total loss would pay; the charges refunded
   *       in addition, in the proportion value lost ÷ value of the whole consignment (assessed loss ÷
   *       proved value, at most 1).
   *   <li>Delay (Art. 23(5)): the proven loss (assessed loss), at most the carriage charges; no
   *       charges refunded.
   *   <li>Declared value (Art. 24), made and paid for: the greater of the declared value and 8.33
   *       SDR/kg (a declaration raises the limit, never lowers it, Art. 23(6)); it does not touch the
   *       delay cap. Special interest in delivery (Art. 26, {@code Shipment.declaredInterestInDelivery()}):
   *       further proven loss up to the declared amount, added to the limit of loss, damage and delay.
   *   <li>Wilful misconduct (Art. 29, the condition given): no limit at all, neither 8.33 SDR/kg nor
   *       the delay cap; the charges are refunded as above. The explanation names the fact read.
   *   <li>Customs duties and other charges of Art. 23(4) are not in the shipment and not computed.
   * </ul>
   *
   * @param period when this version is in force
   * @param wilfulMisconduct what stands for Art. 29's wilful misconduct, such as {@link
   *     #wilfulMisconduct()} or {@link #wilfulMisconductOrGrossNegligence()}
   * @return the policy {@value #CMR}, version {@value #CMR_VERSION}
   * @since 0.2.0
   */
  public static CompensationPolicy cmr(EffectivePeriod period, Condition wilfulMisconduct) {
    return Cmr.policy(period, java.util.Objects.requireNonNull(wilfulMisconduct, "wilfulMisconduct"));
  }

  /**
   * The Warsaw / Hague cargo limit with the MAP4 conversion {@link #WARSAW_MAP4_SDR_17} and no dated
   * period.
   *
   * @return the policy {@value #WARSAW_CARGO}, version {@code hague-1955.sdr-17}
   * @see #warsawHague(EffectivePeriod, WarsawCargoLimit)
   */
  public static CompensationPolicy warsawHague() {
    return warsawHague(undatedPeriod(), WARSAW_MAP4_SDR_17);
  }

  /**
   * The Warsaw Convention 1929, as amended at The Hague 1955, for air cargo (docs/conventions.md): 250 gold
   * francs per kg (Art. 22(2)) [V], applied as the per-kg limit the carrier chooses, whose conversion
   * is <b>unverified</b> [U] ({@link WarsawCargoLimit}).
   *
   * <ul>
   *   <li>Only carriage by air, and never postal items (Art. 2(2), rev. 2026-12: the Convention does
   *       not apply to carriage under an international postal convention; §8 EX-30): otherwise denied.
   *   <li>Loss, damage and delay: the actual loss, at most the per-kg limit × the shipment's gross
   *       weight, converted with the context's SDR rate or, for a limit in another currency than the
   *       claim's, with the context's exchange rate from that currency to the claim's.
   *   <li>Special declaration of interest in delivery, made and paid for: at most the declared sum.
   * </ul>
   *
   * @param period when this version is in force, such as {@link #undatedPeriod()}
   * @param limit the per-kg limit, such as {@link #WARSAW_MAP4_SDR_17} or {@link #WARSAW_USD_20}
   * @return the policy {@value #WARSAW_CARGO}, version {@value #WARSAW_VERSION_PREFIX} + the limit's
   *     code
   */
  public static CompensationPolicy warsawHague(EffectivePeriod period, WarsawCargoLimit limit) {
    return WarsawHague.policy(period, limit);
  }

  /**
   * Every ready convention policy with its defaults: the Montreal versions oldest first, then CMR,
   * then Warsaw / Hague with {@link #WARSAW_MAP4_SDR_17}.
   *
   * @return the policies
   */
  public static List<CompensationPolicy> all() {
    List<CompensationPolicy> all = new ArrayList<>(MONTREAL.versions());
    all.add(cmr());
    all.add(warsawHague());
    return List.copyOf(all);
  }
}
