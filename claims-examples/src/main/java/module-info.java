/**
 * The README's examples and a policy author's tariff. A named module, so that it can use only what
 * claims-core and claims-rules export.
 */
module io.parcelclaims.examples {
  requires io.parcelclaims.core;
  requires io.parcelclaims.rules;
  requires java.sql;

  exports io.parcelclaims.examples.tariff;
  exports io.parcelclaims.examples.storage;
}
