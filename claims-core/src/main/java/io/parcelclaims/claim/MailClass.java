package io.parcelclaims.claim;

/**
 * Which legal regime the item falls under (docs/regimes.md).
 *
 * @since 0.1.0
 */
public enum MailClass {
  /** An express parcel (快件) of an express company, under civil law. */
  EXPRESS,

  /** A China Post receipted item (给据邮件) in the universal service, under the Postal Law. */
  POSTAL_RECEIPTED,

  /** A China Post registered letter (挂号信件), compensated at exactly three times the postage. */
  REGISTERED_LETTER;
}
