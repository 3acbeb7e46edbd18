package io.parcelclaims.rules;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.rules.carrier.CarrierMessages;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import io.parcelclaims.rules.cn.CnMessages;
import io.parcelclaims.rules.cn.CompleteDelay;
import io.parcelclaims.rules.cn.GbT27917;
import io.parcelclaims.rules.cn.InsuredProportional;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.rules.intl.ConventionMessages;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.rules.evidence.EvidenceMessages;
import io.parcelclaims.rules.regime.Regime;
import io.parcelclaims.rules.regime.RegimeMessages;
import io.parcelclaims.rules.servicelevel.ServiceLevelPresets;
import io.parcelclaims.rules.standing.StandingMessages;
import io.parcelclaims.rules.timebar.TimeBarMessages;
import io.parcelclaims.rules.timebar.TimeBars;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.policy.PolicyId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point to the ready rule sets: every ready policy, and the message sources that render
 * their explanations.
 *
 * <p>National rules are in {@link io.parcelclaims.rules.cn} (docs/regimes.md), carrier presets in
 * {@link io.parcelclaims.rules.carrier} (docs/carriers.md), the cross-border conventions (Montreal,
 * CMR, Warsaw/Hague) in {@link io.parcelclaims.rules.intl} (docs/conventions.md); time bars, standing
 * and evidence requirements in {@link io.parcelclaims.rules.timebar}, {@link
 * io.parcelclaims.rules.standing} and {@link io.parcelclaims.rules.evidence} (docs/conventions.md–docs/time-bars-and-calendars.md); each is versioned and a carrier can start
 * from one and compose its own.
 *
 * <p>Which regime governs a claim, and its policy, is {@link io.parcelclaims.rules.regime.RegimeChooser}'s
 * answer; {@link #byRegime()} groups the ready policies by the regime they belong to, and {@link
 * #find(PolicyId)} and {@link #withId(String)} find them by id.
 *
 * @since 0.1.0
 */
public final class Presets {
  private Presets() {}

  /**
   * {@return every ready policy, national rules first, then carriers, then conventions, each with
   * its default parameters}
   */
  public static List<CompensationPolicy> all() {
    List<CompensationPolicy> all = new ArrayList<>(List.of(
        PostalLaw.policy(),
        InsuredProportional.policy(),
        GbT27917.policy(),
        GbT27917.delay(),
        CompleteDelay.of(Carriers.sfDomesticCopyB(), GbT27917.delay()),
        CivilCodeExpress.policy(),
        Carriers.sfDomesticCurrent(),
        Carriers.sfDomesticCopyA(),
        Carriers.sfDomesticCopyB(),
        Carriers.sfDomesticCopyC(),
        Carriers.sfInternational(),
        Carriers.emsDomestic(),
        Carriers.emsInternational(),
        Carriers.yto()));
    all.addAll(Conventions.all());
    return List.copyOf(all);
  }

  /**
   * The ready policy with an id and version.
   *
   * @param id the policy's id and version, such as {@code cn.postal-law.art47@2015}
   * @return the policy, or empty when no ready policy has that id and version
   * @since 0.3.0
   */
  public static Optional<CompensationPolicy> find(PolicyId id) {
    Objects.requireNonNull(id, "id");
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The ready policies with an id, every version, oldest period first (the Montreal cargo limits
   * share one id, {@code intl.mc99.cargo}).
   *
   * @param id the policy id without version, such as {@code intl.mc99.cargo}
   * @return the versions, empty when no ready policy has that id
   * @since 0.3.0
   */
  public static List<CompensationPolicy> withId(String id) {
    Objects.requireNonNull(id, "id");
    return all().stream()
        .filter(p -> p.id().id().equals(id))
        .sorted(java.util.Comparator.comparing(p -> p.period().from()))
        .toList();
  }

  /**
   * Every ready policy of {@link #all()} grouped by the regime it belongs to (docs/regimes.md, §4,
   * §5), each group in {@link #all()}'s order and every policy in exactly one group:
   *
   * <ul>
   *   <li>{@link Regime#POSTAL_LAW}: the Postal Law (Art. 47).
   *   <li>{@link Regime#CIVIL_LAW}: the domestic express rules — the insured-proportional arithmetic,
   *       GB/T 27917.3 (loss and delay), the complete delay, the Civil Code, and the carriers'
   *       domestic terms (SF, EMS domestic: "model EMS as a carrier preset, not as Postal Law", YTO).
   *   <li>{@link Regime#MONTREAL}, {@link Regime#WARSAW_HAGUE}, {@link Regime#CMR}: the convention
   *       policies (Montreal's versions oldest first).
   *   <li>{@link Regime#NONE}: carriers' terms for cross-border carriage no convention governs (SF
   *       international, EMS international).
   * </ul>
   *
   * @return an unmodifiable map with an entry, possibly empty, for every regime, in the regimes'
   *     order
   * @since 0.3.0
   */
  public static Map<Regime, List<CompensationPolicy>> byRegime() {
    Map<Regime, List<CompensationPolicy>> groups = new EnumMap<>(Regime.class);
    for (Regime r : Regime.values()) {
      groups.put(r, new ArrayList<>());
    }
    for (CompensationPolicy p : all()) {
      groups.get(regimeOf(p.id())).add(p);
    }
    groups.replaceAll((r, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(groups);
  }

  /**
   * The ready policies of one regime, as {@link #byRegime()} groups them.
   *
   * @param regime the regime
   * @return the policies, possibly none
   * @since 0.3.0
   */
  public static List<CompensationPolicy> forRegime(Regime regime) {
    return byRegime().get(Objects.requireNonNull(regime, "regime"));
  }

  private static final Map<String, Regime> REGIMES = Map.ofEntries(
      Map.entry(PostalLaw.ID, Regime.POSTAL_LAW),
      Map.entry(InsuredProportional.ID, Regime.CIVIL_LAW),
      Map.entry(GbT27917.ID, Regime.CIVIL_LAW),
      Map.entry(GbT27917.DELAY_ID, Regime.CIVIL_LAW),
      Map.entry(CompleteDelay.ID, Regime.CIVIL_LAW),
      Map.entry(CivilCodeExpress.ID, Regime.CIVIL_LAW),
      Map.entry(Carriers.SF_DOMESTIC_CURRENT, Regime.CIVIL_LAW),
      Map.entry(Carriers.SF_DOMESTIC_COPY_A, Regime.CIVIL_LAW),
      Map.entry(Carriers.SF_DOMESTIC_COPY_B, Regime.CIVIL_LAW),
      Map.entry(Carriers.SF_DOMESTIC_COPY_C, Regime.CIVIL_LAW),
      Map.entry(Carriers.EMS_DOMESTIC, Regime.CIVIL_LAW),
      Map.entry(Carriers.YTO, Regime.CIVIL_LAW),
      Map.entry(Carriers.SF_INTERNATIONAL, Regime.NONE),
      Map.entry(Carriers.EMS_INTERNATIONAL, Regime.NONE),
      Map.entry(Conventions.MONTREAL_CARGO, Regime.MONTREAL),
      Map.entry(Conventions.WARSAW_CARGO, Regime.WARSAW_HAGUE),
      Map.entry(Conventions.CMR, Regime.CMR));

  private static Regime regimeOf(PolicyId id) {
    Regime r = REGIMES.get(id.id());
    if (r == null) {
      throw new IllegalStateException("a ready policy without a regime: " + id);
    }
    return r;
  }

  /** {@return the message sources of the rule sets' explanation keys} */
  public static List<MessageSource> messages() {
    return List.of(
        CnMessages.SOURCE,
        CarrierMessages.SOURCE,
        ConventionMessages.SOURCE,
        TimeBarMessages.SOURCE,
        StandingMessages.SOURCE,
        EvidenceMessages.SOURCE,
        RegimeMessages.SOURCE);
  }

  /**
   * The service levels of an express carrier in mainland China: core's default (the seeds' 10
   * working days) plus GB/T 27917.3's answer, proposal and payment clocks and the 7-day complaint
   * rule (docs/time-bars-and-calendars.md). Other sets (China Post inquiries, Carmack) are in {@link
   * ServiceLevelPresets}.
   *
   * @param scope the service scope; international service gets GB/T's longer proposal clock
   * @return the configuration
   */
  public static ServiceLevels serviceLevels(ServiceScope scope) {
    return ServiceLevelPresets.chineseExpress(scope);
  }

  /**
   * Every ready time bar on a calendar: convention notices and limitation (CMR Art. 32, Montreal Art.
   * 35, Warsaw Art. 29), China Post inquiries,
   * carriers' claim windows, and the complete-delay, CMR and Montreal presumed-loss "too early" rules.
   *
   * @param calendar the business calendar that moves last days past holidays
   * @return the time bars
   */
  public static List<TimeBar> timeBars(BusinessCalendar calendar) {
    return List.of(
        TimeBars.montrealNotice(calendar),
        TimeBars.warsawNotice(calendar),
        TimeBars.hagueNotice(calendar),
        TimeBars.airWaybillNotice(calendar),
        TimeBars.chinaPostInquiry(calendar),
        TimeBars.sfInternational(calendar),
        TimeBars.dhlExpress(calendar),
        TimeBars.emsInternational(calendar),
        TimeBars.cmrNotice(calendar),
        TimeBars.cmrLimitation(calendar),
        TimeBars.cmrPresumedLoss(),
        TimeBars.montrealLimitation(calendar),
        TimeBars.warsawLimitation(calendar),
        TimeBars.montrealPresumedLoss(),
        TimeBars.completeDelay(),
        TimeBars.upsNotice(calendar),
        TimeBars.upsFiling(calendar),
        TimeBars.fedexUsExpress(calendar));
  }

  /** {@return a renderer for explanations of core parts and every ready policy} */
  public static ExplanationRenderer renderer() {
    return ExplanationRenderer.of(messages().toArray(MessageSource[]::new));
  }
}
