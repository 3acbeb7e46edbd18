package io.parcelclaims.rules.carrier;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import java.time.LocalDate;

/**
 * Ready compensation policies from carriers' published terms (docs/carriers.md): SF Express domestic
 * (the terms on SF's own pages, and three older copies) and international, EMS domestic and
 * international, and YTO.
 *
 * <p>Every figure here is secondary ([S]) except those of {@link #sfDomesticCurrent()}, read on SF's
 * own pages ([V]); the others were read in third-party copies of the terms whose own version dates
 * are unknown. Each text is therefore a separate preset with its own id, which a carrier chooses
 * between; they are never versions of one policy in force on the same day. Each version string names
 * the source (docs/sources.md) and the research cut-off it was read at: {@code 21b.2026-11} is copy
 * [21-B] as read in 2026-11.
 *
 * <p><b>The Civil Code.</b> Every preset is built with {@link
 * io.parcelclaims.rules.cn.CarrierLiability}: the Art. 832 defences (force majeure, the goods' nature
 * or reasonable wear, the shipper's or the consignee's fault) deny a loss, damage or short-contents
 * claim, force majeure a delay claim (Art. 590), whether entered as a defence or found as the
 * investigation's root cause; and with intent or gross negligence no cap and no 保价 limit can be
 * invoked (Art. 506): the actual loss is paid when it is greater. No preset's terms pay despite a
 * defence.
 *
 * <p><b>Periods.</b> Since the copies' dates are unknown, the no-argument factories use a
 * placeholder period starting on {@link #PLACEHOLDER_START}, open-ended; it is not the date the
 * terms took effect. A carrier that knows when its terms changed passes the period itself.
 *
 * <p><b>Contested caps.</b> A carrier's cap (N × freight, a per-package or per-kg limit, the deemed
 * value of undeclared goods) is a standard term (格式条款) that a court may set aside when the carrier
 * cannot prove it drew attention to it (Civil Code Art. 496–497, SPC interpretation Art. 10;
 * docs/express-civil-code.md). Every such cap is contested: unless {@code AssessmentContext.capNoticeProven()}, an
 * assessment that applied one carries an alternative without it. The over-insurance rule and the
 * insured amount are not caps of that kind; they keep compensation at the actual loss and at what
 * the sender chose to declare.
 *
 * <p><b>Claim types.</b> The goods are compensated on loss, damage and short contents: on loss or
 * total damage from the proved value {@code V}, on partial damage or short contents from the
 * assessed loss {@code L}. Delay pays only what a preset says about fees. Policies are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Carriers {
  /**
   * Policy id of SF domestic as read on SF's own pages: {@value}.
   *
   * @since 0.2.0
   */
  public static final String SF_DOMESTIC_CURRENT = "carrier.sf.domestic.current";

  /** Policy id of SF domestic, copy A: {@value}. */
  public static final String SF_DOMESTIC_COPY_A = "carrier.sf.domestic.copy-a";

  /** Policy id of SF domestic, copy B: {@value}. */
  public static final String SF_DOMESTIC_COPY_B = "carrier.sf.domestic.copy-b";

  /** Policy id of SF domestic, copy C: {@value}. */
  public static final String SF_DOMESTIC_COPY_C = "carrier.sf.domestic.copy-c";

  /** Policy id of SF international: {@value}. */
  public static final String SF_INTERNATIONAL = "carrier.sf.international";

  /** Policy id of EMS domestic: {@value}. */
  public static final String EMS_DOMESTIC = "carrier.ems.domestic";

  /** Policy id of EMS international: {@value}. */
  public static final String EMS_INTERNATIONAL = "carrier.ems.international";

  /** Policy id of YTO: {@value}. */
  public static final String YTO = "carrier.yto";

  /**
   * The first day of the placeholder period, 2021-01-01: the day the Civil Code took effect
   * (docs/express-civil-code.md), under whose Art. 496–497 these caps are read. It is <em>not</em> the date any
   * of the copied terms took effect; those dates are unknown.
   */
  public static final LocalDate PLACEHOLDER_START = LocalDate.of(2021, 1, 1);

  /**
   * EMS domestic's default cap, 3 × postage, from the current copies [22]. An older copy says 2 ×
   * postage; the copies disagree, so the multiple is a parameter of {@link #emsDomestic(EffectivePeriod,
   * long)}.
   */
  public static final long EMS_DOMESTIC_POSTAGE_MULTIPLE = 3;

  private Carriers() {}

  /** {@return the placeholder period, from {@link #PLACEHOLDER_START} with no end} */
  public static EffectivePeriod placeholderPeriod() {
    return EffectivePeriod.from(PLACEHOLDER_START);
  }

  /**
   * SF domestic as read on SF's own pages, in force in the {@linkplain #placeholderPeriod()
   * placeholder period}.
   *
   * @return the policy {@value #SF_DOMESTIC_CURRENT}, version {@code sf-site.2026-12}
   * @see #sfDomesticCurrent(EffectivePeriod)
   * @since 0.2.0
   */
  public static CompensationPolicy sfDomesticCurrent() {
    return sfDomesticCurrent(placeholderPeriod());
  }

  /**
   * SF domestic e-waybill terms as read on SF's own pages (sf-express.com, read 2026-12, undated;
   * docs/carriers.md "SF on its own pages", rev. 2026-12, [V]). Amounts in CNY. The older copies A, B and
   * C are other texts and stay presets of their own.
   *
   * <ul>
   *   <li>Uninsured: the actual loss, at most <b>7 × freight</b> (contested cap). Copy A's 9 × for
   *       monthly accounts is an older text; SF's pages state no deemed 1,000 CNY for undeclared
   *       value, so none applies.
   *   <li>Insured: insured amount / actual value × actual loss, the declared value never above the
   *       actual value and at most <b>20,000 CNY</b>: {@code min(I, V, 20,000)} on loss or total
   *       damage, {@code min(I, V, 20,000) × L / V} on partial damage or short contents.
   *   <li>Fee: the freight is waived on loss, damage or short contents; the pages say nothing on
   *       delay, so a delay claim pays nothing here. The premium (1 CNY up to 500 CNY declared, 2 CNY
   *       to 1,000 CNY, 5‰ above, fragile items 8‰) is not computed; no salvage rule is stated.
   * </ul>
   *
   * @param period when this version is in force
   * @return the policy {@value #SF_DOMESTIC_CURRENT}, version {@code sf-site.2026-12}
   * @since 0.2.0
   */
  public static CompensationPolicy sfDomesticCurrent(EffectivePeriod period) {
    return SfDomesticTerms.current(period);
  }

  /**
   * SF domestic, copy A, in force in the {@linkplain #placeholderPeriod() placeholder period}.
   *
   * @return the policy {@value #SF_DOMESTIC_COPY_A}, version {@code 21a.2026-11}
   * @see #sfDomesticCopyA(EffectivePeriod)
   */
  public static CompensationPolicy sfDomesticCopyA() {
    return sfDomesticCopyA(placeholderPeriod());
  }

  /**
   * SF domestic waybill terms, copy A (docs/carriers.md, source [21-A], [S], version date unknown; husay.cn
   * quotes the same as "第15条"). Amounts in CNY.
   *
   * <ul>
   *   <li>Uninsured: the actual loss, at most <b>9 × freight</b> for monthly-account customers and
   *       <b>7 × freight</b> for others (contested caps).
   *   <li>Insured: the insured amount × the loss ratio, at most the actual loss: {@code min(I, V)} on
   *       loss or total damage, {@code min(I, V) × L / V} on partial damage or short contents.
   *   <li>Fee: the freight is waived on loss, damage, short contents and delay ("因本公司原因造成托寄物
   *       丢失、破损、短少、延误的，本公司将免除本次运费"); never the insurance premium.
   * </ul>
   *
   * @param period when this version is in force
   * @return the policy {@value #SF_DOMESTIC_COPY_A}, version {@code 21a.2026-11}
   */
  public static CompensationPolicy sfDomesticCopyA(EffectivePeriod period) {
    return SfDomesticTerms.copyA(period);
  }

  /**
   * SF domestic, copy B, in force in the {@linkplain #placeholderPeriod() placeholder period}.
   *
   * @return the policy {@value #SF_DOMESTIC_COPY_B}, version {@code 21b.2026-11}
   * @see #sfDomesticCopyB(EffectivePeriod)
   */
  public static CompensationPolicy sfDomesticCopyB() {
    return sfDomesticCopyB(placeholderPeriod());
  }

  /**
   * SF domestic waybill terms, copy B (docs/carriers.md and docs/worked-examples.md EX-01, EX-03, EX-04, EX-07; source
   * [21-B], [S], version date unknown). Amounts in CNY.
   *
   * <ul>
   *   <li>Uninsured: the actual loss; a value above <b>1,000 CNY</b> must be declared, else it is
   *       deemed at most 1,000 CNY; then at most <b>7 × freight</b> (both contested caps).
   *   <li>Insured: {@code min(I, V)} on loss or total damage (over-insurance capped at the actual
   *       value; the premium on the excess may be refunded, which is the carrier's choice and not
   *       computed); {@code min(I, V) × L / V} on partial damage or short contents.
   *   <li>Salvage: the agreed salvage value of goods the claimant keeps is deducted from the
   *       compensation.
   *   <li>Fee: the freight is waived on loss, damage and short contents, never the premium. The copy
   *       says nothing on delay, so a delay claim pays nothing here.
   * </ul>
   *
   * @param period when this version is in force
   * @return the policy {@value #SF_DOMESTIC_COPY_B}, version {@code 21b.2026-11}
   */
  public static CompensationPolicy sfDomesticCopyB(EffectivePeriod period) {
    return SfDomesticTerms.copyB(period);
  }

  /**
   * SF domestic, copy C, in force in the {@linkplain #placeholderPeriod() placeholder period}.
   *
   * @return the policy {@value #SF_DOMESTIC_COPY_C}, version {@code 21c.2026-11}
   * @see #sfDomesticCopyC(EffectivePeriod)
   */
  public static CompensationPolicy sfDomesticCopyC() {
    return sfDomesticCopyC(placeholderPeriod());
  }

  /**
   * SF domestic waybill terms, copy C (docs/carriers.md and docs/worked-examples.md EX-05; source [21-C], [S], version date
   * unknown). Amounts in CNY. As {@linkplain #sfDomesticCopyB(EffectivePeriod) copy B} for the goods
   * (7 × freight, "双方另有约定的按照约定执行"; undeclared value deemed at most 1,000 CNY; salvage
   * deducted), but:
   *
   * <ul>
   *   <li>no fee refund on loss, damage or short contents: the copy mentions none;
   *   <li>delay: only the service fee is waived ("仅为免除本次服务费用（不含保价等附加费用）").
   * </ul>
   *
   * <p>Not modelled: the copy's evidence tiers (1,000–5,000 CNY, above 5,000 CNY) and its exclusion
   * for goods in original packaging with an intact outer box; those belong to evidence and denial
   * rules.
   *
   * @param period when this version is in force
   * @return the policy {@value #SF_DOMESTIC_COPY_C}, version {@code 21c.2026-11}
   */
  public static CompensationPolicy sfDomesticCopyC(EffectivePeriod period) {
    return SfDomesticTerms.copyC(period);
  }

  /**
   * SF international, in force in the {@linkplain #placeholderPeriod() placeholder period}.
   *
   * @return the policy {@value #SF_INTERNATIONAL}, version {@code 21c-e.2026-11}
   * @see #sfInternational(EffectivePeriod)
   */
  public static CompensationPolicy sfInternational() {
    return sfInternational(placeholderPeriod());
  }

  /**
   * SF international terms where no convention applies (docs/carriers.md and docs/worked-examples.md EX-17; sources [21-C],
   * [21-E], [S], version dates unknown). Amounts in <b>USD</b>: a claim in another currency is a
   * programming error ({@link io.parcelclaims.money.CurrencyMismatchException}); converting is the
   * caller's decision.
   *
   * <ul>
   *   <li>Uninsured, by air: the actual cash value, at most the lowest of <b>USD 100</b> and <b>USD
   *       20/kg</b> of gross weight; by road: of USD 100 and <b>USD 10/kg</b> (contested caps). The
   *       copies also state USD 9.07/lb (air) and USD 4.54/lb (road): these are the same limits in
   *       pounds, rounded, and the per-kg figure is the one used. The copies name no per-kg figure
   *       for other modes, so there only USD 100 applies (an ambiguous standard term is read against
   *       the carrier, Civil Code Art. 498).
   *   <li>Insured: decision value = {@code min(I, actual cash value)} × damage ratio {@code L / V}
   *       ("决定价值 = min(保价金额, 实际现金价值)").
   *   <li>No fee refund. The 30-day claim bar is a time-bar rule, not part of this policy.
   * </ul>
   *
   * @param period when this version is in force
   * @return the policy {@value #SF_INTERNATIONAL}, version {@code 21c-e.2026-11}
   */
  public static CompensationPolicy sfInternational(EffectivePeriod period) {
    return SfInternationalTerms.of(period);
  }

  /**
   * EMS domestic with the default multiple {@value #EMS_DOMESTIC_POSTAGE_MULTIPLE}, in force in the
   * {@linkplain #placeholderPeriod() placeholder period}.
   *
   * @return the policy {@value #EMS_DOMESTIC}, version {@code 22.2026-11}
   * @see #emsDomestic(EffectivePeriod, long)
   */
  public static CompensationPolicy emsDomestic() {
    return emsDomestic(placeholderPeriod(), EMS_DOMESTIC_POSTAGE_MULTIPLE);
  }

  /**
   * EMS domestic terms (docs/regimes.md, docs/carriers.md; source [22], [S]; the copies disagree). EMS is run by
   * China Post but sold as express, so this is a carrier preset, not the Postal Law. Amounts in CNY.
   *
   * <ul>
   *   <li>Uninsured: the actual loss, at most {@code postageMultiple} × postage (contested cap). The
   *       current copies say 3 ({@link #EMS_DOMESTIC_POSTAGE_MULTIPLE}), an older copy 2.
   *   <li>Insured: the actual loss, at most the insured amount.
   *   <li>Delay: the postage is refunded (not box or insurance fees). The older copy's refund of all
   *       fees but the premium on loss is not modelled.
   * </ul>
   *
   * @param period when this version is in force
   * @param postageMultiple the multiple of postage that caps uninsured compensation, 1 or more
   * @return the policy {@value #EMS_DOMESTIC}, version {@code 22.2026-11}
   * @throws IllegalArgumentException if {@code postageMultiple} is below 1
   */
  public static CompensationPolicy emsDomestic(EffectivePeriod period, long postageMultiple) {
    return EmsTerms.domestic(period, postageMultiple);
  }

  /**
   * EMS international, in force in the {@linkplain #placeholderPeriod() placeholder period}.
   *
   * @return the policy {@value #EMS_INTERNATIONAL}, version {@code 22.2026-12}
   * @see #emsInternational(EffectivePeriod)
   */
  public static CompensationPolicy emsInternational() {
    return emsInternational(placeholderPeriod());
  }

  /**
   * EMS international and Hong Kong/Macao/Taiwan terms: a secondary preset, <b>unverified</b>
   * (docs/carriers.md and docs/worked-examples.md EX-18, read again in 2026-12; source [22], [S]; another copy conflicts with
   * it: actual loss at most the postage). Amounts in CNY.
   *
   * <ul>
   *   <li>Documents, or goods without a value stated on the waybill (详情单, {@link
   *       io.parcelclaims.claim.Shipment#statedValue()}): a <b>flat 400 CNY</b> per item when lost or
   *       wholly destroyed, an amount that needs no proof of value; on partial damage or short
   *       contents the assessed loss, at most 400 CNY (contested cap).
   *   <li>Declared goods (a value stated on the waybill, which is not 保价): the stated value on loss
   *       or total damage, the assessed loss (at most the stated value) on partial damage or short
   *       contents; at most <b>500 + 60 × w CNY</b>, with {@code w} the gross weight rounded <b>up</b>
   *       to whole kg (contested cap).
   *   <li>Insured (保价): the other copy's rule, the insured amount at most the actual value, partial
   *       damage proportional (docs/carriers.md arithmetic). The mirrors' premiums (standard express 5‰,
   *       economy 1%) and declared maxima are not computed.
   *   <li>Fee: the postage is refunded on loss or damage; <b>50%</b> of it on delay. The special
   *       inquiry fee is not modelled. The 4-month claim bar is a time-bar rule, not part of this
   *       policy.
   * </ul>
   *
   * <p>Before version {@code 22.2026-12} the declared value (保价) stood for the waybill's stated
   * value, and documents got the actual loss at most 400 CNY.
   *
   * @param period when this version is in force
   * @return the policy {@value #EMS_INTERNATIONAL}, version {@code 22.2026-12}
   */
  public static CompensationPolicy emsInternational(EffectivePeriod period) {
    return EmsTerms.international(period);
  }

  /**
   * YTO, in force in the {@linkplain #placeholderPeriod() placeholder period}.
   *
   * @return the policy {@value #YTO}, version {@code 24.2026-11}
   * @see #yto(EffectivePeriod)
   */
  public static CompensationPolicy yto() {
    return yto(placeholderPeriod());
  }

  /**
   * YTO terms from a <b>single weak secondary source</b> (docs/carriers.md; source [24], [S]). Amounts in
   * CNY.
   *
   * <ul>
   *   <li>Uninsured: the actual loss, at most <b>300 CNY</b> per waybill (contested cap).
   *   <li>Insured: the insured amount; as everywhere in docs/carriers.md, at most the actual value on
   *       loss ({@code min(I, V)}, Civil Code Art. 584) and proportional on partial damage.
   *   <li>No fee refund; the source names none. Premiums (1‰ up to 5,000 CNY, 5‰ above) are not
   *       computed.
   * </ul>
   *
   * @param period when this version is in force
   * @return the policy {@value #YTO}, version {@code 24.2026-11}
   */
  public static CompensationPolicy yto(EffectivePeriod period) {
    return YtoTerms.of(period);
  }
}
