package io.parcelclaims.claim;

import io.parcelclaims.internal.Texts;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The carrier that accepted a parcel: its {@linkplain CarrierKind kind} and its id, a lowercase code
 * the carrier's systems agree on, such as {@code china-post} or {@code sf-express}.
 *
 * <p>A shipment is identified by carrier, waybill number and acceptance date, never by the number
 * alone, since carriers reuse tracking numbers (docs/tracking.md). Immutable value.
 *
 * @param kind the kind of carrier
 * @param id lowercase letters, digits and {@code . -}, starting with a letter; at most 64
 * @since 0.3.0
 */
public record Carrier(CarrierKind kind, String id) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]{0,63}");

  /** China Post's id, as {@link #chinaPost()} uses it. */
  public static final String CHINA_POST = "china-post";

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the id is empty or malformed
   * @throws NullPointerException if the kind is null
   */
  public Carrier {
    Objects.requireNonNull(kind, "kind");
    Texts.require("id", id, ID, "lowercase letters, digits, . or - starting with a letter");
  }

  /**
   * A carrier of the given kind.
   *
   * @param kind the kind
   * @param id the carrier's id
   * @return the carrier
   * @throws io.parcelclaims.value.InvalidValueException if the id is malformed
   */
  public static Carrier of(CarrierKind kind, String id) {
    return new Carrier(kind, id);
  }

  /** {@return China Post as the universal postal service's operator, id {@value #CHINA_POST}} */
  public static Carrier chinaPost() {
    return new Carrier(CarrierKind.POSTAL_OPERATOR, CHINA_POST);
  }

  /**
   * An express company.
   *
   * @param id the company's id, such as {@code sf-express}
   * @return the carrier
   * @throws io.parcelclaims.value.InvalidValueException if the id is malformed
   */
  public static Carrier express(String id) {
    return new Carrier(CarrierKind.EXPRESS_COMPANY, id);
  }

  /** {@return {@code kind:id}, such as {@code express-company:sf-express}} */
  @Override
  public String toString() {
    return kind.code() + ":" + id;
  }
}
