package io.parcelclaims.rules.carrier;

import io.parcelclaims.message.MessageSource;

/**
 * The explanation messages of the carrier presets ({@code explain.carrier.*}), in {@code zh_CN} and
 * {@code en}. Render with {@code ExplanationRenderer.of(CarrierMessages.SOURCE)}.
 *
 * @since 0.1.0
 */
public final class CarrierMessages {
  /** The bundles {@code explain_zh_CN.properties} and {@code explain_en.properties} of this package. */
  public static final MessageSource SOURCE =
      MessageSource.bundled("explain", name -> CarrierMessages.class.getResourceAsStream(name));

  private CarrierMessages() {}
}
