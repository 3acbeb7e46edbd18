package io.parcelclaims.claim;

/**
 * The role a claimant holds towards the shipment.
 *
 * @since 0.1.0
 */
public enum PartyRole {
  /** The sender (寄件人). */
  SENDER,

  /** The recipient (收件人). */
  RECIPIENT,

  /** A beneficiary the sender named. */
  BENEFICIARY;
}
