package io.parcelclaims.rules.regime;

/**
 * A body of rules that can govern a parcel claim (docs/regimes.md, §5), as {@link RegimeChooser}
 * names it.
 *
 * @since 0.3.0
 */
public enum Regime {
  /**
   * China Post's receipted items (给据邮件) and registered letters in the universal postal service:
   * 邮政法 Chapter 5, Art. 45–50 (docs/postal-law.md).
   */
  POSTAL_LAW("postal-law"),

  /**
   * Items outside the universal postal service — express items of an express company or of China
   * Post's express products, and other carriers' parcels — under civil law: 邮政法 Art. 45(2) and 59,
   * 快递暂行条例 Art. 28 (2025), 民法典 Art. 832–833 (docs/regimes.md, §3.3, §3.5).
   */
  CIVIL_LAW("civil-law"),

  /** The Montreal Convention 1999: air carriage between states parties (docs/conventions.md). */
  MONTREAL("montreal"),

  /**
   * The Warsaw Convention 1929 as amended at The Hague 1955: air carriage where one state is not a
   * Montreal party (docs/conventions.md).
   */
  WARSAW_HAGUE("warsaw-hague"),

  /** CMR 1956: international carriage of goods by road (docs/conventions.md). */
  CMR("cmr"),

  /**
   * None of the above: no statute or convention the SDK holds governs, so the contract (the carrier's
   * published terms) and the court's law decide, such as SF's international terms where no
   * convention applies (docs/carriers.md). No ready policy unless the caller supplies one.
   */
  NONE("none");

  private final String code;

  Regime(String code) {
    this.code = code;
  }

  /** {@return the stable lowercase code, such as {@code warsaw-hague}} */
  public String code() {
    return code;
  }
}
