package io.parcelclaims.rules.standing;

import io.parcelclaims.message.MessageSource;

/**
 * The explanation messages of the standing rules ({@code explain.standing.*}), in {@code zh_CN} and
 * {@code en}. Render with {@code ExplanationRenderer.of(StandingMessages.SOURCE)}.
 *
 * @since 0.1.0
 */
public final class StandingMessages {
  /** The bundles {@code explain_zh_CN.properties} and {@code explain_en.properties} of this package. */
  public static final MessageSource SOURCE =
      MessageSource.bundled("explain", name -> StandingMessages.class.getResourceAsStream(name));

  private StandingMessages() {}
}
