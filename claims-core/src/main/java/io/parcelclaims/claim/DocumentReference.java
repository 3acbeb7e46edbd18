package io.parcelclaims.claim;

import io.parcelclaims.internal.Checks;
import java.net.URI;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where a document lives in the carrier's own store, and its SHA-256 digest. The SDK never reads the
 * document; the digest lets an auditor prove the document is the one that was reviewed.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DocumentReference {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  DocumentReference() {}

  /** {@return an opaque URI in the carrier's document store, absolute} */
  public abstract URI uri();

  /** {@return the document's SHA-256 digest as 64 lowercase hex characters} */
  public abstract String sha256();

  /**
   * A document reference.
   *
   * @param uri the document's URI, absolute
   * @param sha256 64 lowercase hex characters
   * @return the reference
   * @throws io.parcelclaims.value.InvalidValueException if a part is malformed
   */
  public static DocumentReference of(URI uri, String sha256) {
    return ImmutableDocumentReference.builder().uri(uri).sha256(sha256).build();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (!uri().isAbsolute()) {
      checks.add("uri", "value.malformed", "must be an absolute URI (was \"" + uri() + "\")", uri());
    }
    if (!SHA256.matcher(sha256()).matches()) {
      checks.add(
          "sha256",
          "value.malformed",
          "must be 64 lowercase hex characters (was " + sha256().length() + " characters)",
          sha256());
    }
    checks.throwIfAny();
  }
}
