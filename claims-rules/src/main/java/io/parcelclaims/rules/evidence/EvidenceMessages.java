package io.parcelclaims.rules.evidence;

import io.parcelclaims.message.MessageSource;

/**
 * The explanation messages of the evidence requirements ({@code explain.evidence.*}), in {@code
 * zh_CN} and {@code en}. Render with {@code ExplanationRenderer.of(EvidenceMessages.SOURCE)}.
 *
 * @since 0.1.0
 */
public final class EvidenceMessages {
  /** The bundles {@code explain_zh_CN.properties} and {@code explain_en.properties} of this package. */
  public static final MessageSource SOURCE =
      MessageSource.bundled("explain", name -> EvidenceMessages.class.getResourceAsStream(name));

  private EvidenceMessages() {}
}
