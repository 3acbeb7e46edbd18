package io.parcelclaims.rules.cn;

import io.parcelclaims.message.MessageSource;

/**
 * The explanation messages of the Chinese rules ({@code explain.cn.*} keys), in {@code en} and
 * {@code zh_CN}. Pass {@link #SOURCE} to {@link io.parcelclaims.policy.ExplanationRenderer#of} to
 * render assessments of the policies in this package.
 *
 * <p>This class holds a constant only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class CnMessages {
  /** The bundles {@code explain_zh_CN.properties} and {@code explain_en.properties} of this package. */
  public static final MessageSource SOURCE =
      MessageSource.bundled("explain", name -> CnMessages.class.getResourceAsStream(name));

  private CnMessages() {}
}
