package io.parcelclaims.rules.regime;

import io.parcelclaims.message.MessageSource;

/**
 * The explanation messages of the regime chooser ({@code explain.regime.*}), in {@code zh_CN} and
 * {@code en}. Render with {@code ExplanationRenderer.of(RegimeMessages.SOURCE, ...)} together with
 * the sources of the policies it chooses, or with {@code Presets.renderer()}.
 *
 * @since 0.3.0
 */
public final class RegimeMessages {
  /** The bundles {@code explain_zh_CN.properties} and {@code explain_en.properties} of this package. */
  public static final MessageSource SOURCE =
      MessageSource.bundled("explain", name -> RegimeMessages.class.getResourceAsStream(name));

  private RegimeMessages() {}
}
