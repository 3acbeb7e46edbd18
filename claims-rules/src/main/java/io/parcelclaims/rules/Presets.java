package io.parcelclaims.rules;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.ExplanationRenderer;
import io.parcelclaims.policy.MessageSource;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point to the ready rule sets: every ready policy, and the message sources that render
 * their explanations.
 *
 * <p>National rules are in {@link io.parcelclaims.rules.cn} (DOMAIN.md §3), carrier presets in
 * {@link io.parcelclaims.rules.carrier} (DOMAIN.md §4), the cross-border conventions (Montreal,
 * CMR, Warsaw/Hague) in {@link io.parcelclaims.rules.intl} (DOMAIN.md §5); each is versioned and a carrier can start
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
    return List.of(CnMessages.SOURCE, CarrierMessages.SOURCE, ConventionMessages.SOURCE);
  }

  /** {@return a renderer for explanations of core parts and every ready policy} */
  public static ExplanationRenderer renderer() {
    return ExplanationRenderer.of(messages().toArray(MessageSource[]::new));
  }
}
