package io.parcelclaims.claim;

/**
 * What kind of business carried a parcel, which decides the regime that governs its claims
 * (docs/regimes.md): a postal operator's universal service, an express company, or another carrier.
 *
 * @since 0.3.0
 */
public enum CarrierKind {
  /**
   * A postal operator (邮政企业) carrying mail in the universal postal service: China Post in mainland
   * China (邮政法 Ch. 5). Its express products (EMS and the like) are sold as express, and a shipment
   * of one is an {@linkplain MailClass#EXPRESS express item}, not a postal item.
   */
  POSTAL_OPERATOR("postal-operator"),

  /**
   * An express company (快递企业: SF, JD, ZTO, YTO, STO, Yunda, J&amp;T …), whose losses follow civil law
   * (邮政法 Art. 45(2), 59; 快递暂行条例 Art. 28).
   */
  EXPRESS_COMPANY("express-company"),

  /** Another carrier: a freight forwarder, a road haulier, an airline. */
  OTHER("other");

  private final String code;

  CarrierKind(String code) {
    this.code = code;
  }

  /** {@return the stable lowercase code, such as {@code express-company}} */
  public String code() {
    return code;
  }
}
