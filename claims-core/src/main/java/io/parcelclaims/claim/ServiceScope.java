package io.parcelclaims.claim;

/**
 * The geographic scope of the service, which selects time limits and rules (docs/claim-types.md, docs/gbt-27917.md).
 *
 * @since 0.1.0
 */
public enum ServiceScope {
  /** Within one city (同城). */
  SAME_CITY,

  /** Between cities of the mainland (省内异地, 省际). */
  DOMESTIC_INTER_CITY,

  /** To or from Hong Kong, Macao or Taiwan (港澳台). */
  HONG_KONG_MACAO_TAIWAN,

  /** Cross-border (国际). */
  INTERNATIONAL;
}
