package io.parcelclaims.rules.timebar;

import io.parcelclaims.message.MessageSource;

/**
 * The explanation messages of the time bars ({@code explain.timebar.*}), in {@code zh_CN} and
 * {@code en}. Render with {@code ExplanationRenderer.of(TimeBarMessages.SOURCE)}.
 *
 * @since 0.1.0
 */
public final class TimeBarMessages {
  /** The bundles {@code explain_zh_CN.properties} and {@code explain_en.properties} of this package. */
  public static final MessageSource SOURCE =
      MessageSource.bundled("explain", name -> TimeBarMessages.class.getResourceAsStream(name));

  private TimeBarMessages() {}
}
