/**
 * Ready compensation policies, time bars, evidence requirements and calendars, built on the
 * claims-core SPI. Performs no I/O and reads no clock, random source or environment.
 */
module io.parcelclaims.rules {
  requires transitive io.parcelclaims.core;

  exports io.parcelclaims.rules;
  exports io.parcelclaims.rules.carrier;
  exports io.parcelclaims.rules.cn;
  exports io.parcelclaims.rules.evidence;
  exports io.parcelclaims.rules.intl;
  exports io.parcelclaims.rules.recovery;
  exports io.parcelclaims.rules.regime;
  exports io.parcelclaims.rules.servicelevel;
  exports io.parcelclaims.rules.standing;
  exports io.parcelclaims.rules.timebar;
}
