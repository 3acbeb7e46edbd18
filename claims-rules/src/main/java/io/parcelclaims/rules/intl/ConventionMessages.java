package io.parcelclaims.rules.intl;

import io.parcelclaims.message.MessageSource;

/**
 * The explanation messages of the convention policies ({@code explain.intl.*}), in {@code zh_CN} and
 * {@code en}. Render with {@code ExplanationRenderer.of(ConventionMessages.SOURCE)}.
 *
 * @since 0.1.0
 */
public final class ConventionMessages {
  /** The bundles {@code explain_zh_CN.properties} and {@code explain_en.properties} of this package. */
  public static final MessageSource SOURCE =
      MessageSource.bundled("explain", name -> ConventionMessages.class.getResourceAsStream(name));

  private ConventionMessages() {}
}
