package io.parcelclaims.rules;

import io.parcelclaims.calendar.BusinessCalendar;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.MessageSource;
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
import io.parcelclaims.rules.servicelevel.ServiceLevelPresets;
import io.parcelclaims.rules.standing.StandingMessages;
import io.parcelclaims.rules.timebar.TimeBarMessages;
import io.parcelclaims.rules.timebar.TimeBars;
import io.parcelclaims.servicelevel.ServiceLevels;
import java.util.ArrayList;
import java.util.List;

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

  /** {@return the message sources of the rule sets' explanation keys} */
  public static List<MessageSource> messages() {
    return List.of(
        CnMessages.SOURCE,
        CarrierMessages.SOURCE,
        ConventionMessages.SOURCE,
        TimeBarMessages.SOURCE,
        StandingMessages.SOURCE,
        EvidenceMessages.SOURCE);
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
