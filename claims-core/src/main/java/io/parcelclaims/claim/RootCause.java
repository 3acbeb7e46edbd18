package io.parcelclaims.claim;

import java.util.Optional;

import io.parcelclaims.internal.Texts;

/**
 * Why a parcel was lost, damaged or late, as the investigation found it (docs/process.md, step 3:
 * "finding … cause; liable party"); reports count claims by it.
 *
 * <p>An open set: the constants are the SDK's, and a carrier adds its own with {@link #of}. Two
 * values are equal when their codes are equal. Codes are stored and displayed, so they never change
 * once released.
 *
 * @param code 1 to 64 letters, digits or {@code . _ -}
 * @since 0.1.0
 */
public record RootCause(String code) {
  /** Packaging failed or was unsuitable. */
  public static final RootCause PACKAGING = new RootCause("packaging");

  /** Rough or careless handling. */
  public static final RootCause HANDLING = new RootCause("handling");

  /** Sorted to the wrong route or outlet. */
  public static final RootCause SORTING = new RootCause("sorting");

  /** Stolen in the carrier's care. */
  public static final RootCause THEFT = new RootCause("theft");

  /** Delivered to the wrong person or place, or to a locker or station without consent. */
  public static final RootCause MISDELIVERY = new RootCause("misdelivery");

  /** An accident of the vehicle or aircraft carrying it. */
  public static final RootCause TRANSPORT_ACCIDENT = new RootCause("transport-accident");

  /** An event outside the carrier's control, such as a flood or an earthquake. */
  public static final RootCause FORCE_MAJEURE = new RootCause("force-majeure");

  /** The goods' own nature or reasonable wear. */
  public static final RootCause NATURE_OF_GOODS = new RootCause("nature-of-goods");

  /**
   * The sender's or recipient's fault, such as a wrong address, where the investigation did not say
   * whose. Read as the sender's fault ({@link DenialReason#SENDER_FAULT}).
   */
  public static final RootCause CUSTOMER_FAULT = new RootCause("customer-fault");

  /** The sender's fault (托运人的过错), such as unsuitable packing done by the sender. */
  public static final RootCause SENDER_FAULT = new RootCause("sender-fault");

  /** The recipient's or consignee's fault (收货人的过错), such as a refused delivery. */
  public static final RootCause RECIPIENT_FAULT = new RootCause("recipient-fault");

  /** Not established. */
  public static final RootCause UNKNOWN = new RootCause("unknown");

  /**
   * Validates the code.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the code is empty or malformed
   */
  public RootCause {
    Texts.code(code);
  }

  /**
   * The value with the given code, one of the constants or the carrier's own.
   *
   * @param code the code
   * @return the value
   */
  public static RootCause of(String code) {
    return new RootCause(code);
  }

  /**
   * The defence this cause establishes against a loss, damage or delay claim, when it is one (Civil
   * Code Art. 832, 590; Postal Law Art. 48): force majeure, the goods' nature, the sender's or the
   * recipient's fault. A carrier's own codes, and every other SDK constant, establish none.
   *
   * @return the defence, or empty
   */
  public Optional<DenialReason> defence() {
    switch (code) {
      case "force-majeure":
        return Optional.of(DenialReason.FORCE_MAJEURE);
      case "nature-of-goods":
        return Optional.of(DenialReason.INHERENT_VICE);
      case "customer-fault":
      case "sender-fault":
        return Optional.of(DenialReason.SENDER_FAULT);
      case "recipient-fault":
        return Optional.of(DenialReason.RECIPIENT_FAULT);
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
