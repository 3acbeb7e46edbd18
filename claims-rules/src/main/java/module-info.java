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

  // MessageSource.bundled reads the bundles from core: Class.getResourceAsStream called by another
  // module finds a named module's resources only in packages opened to that module.
  opens io.parcelclaims.rules.carrier to io.parcelclaims.core;
  opens io.parcelclaims.rules.cn to io.parcelclaims.core;
  opens io.parcelclaims.rules.evidence to io.parcelclaims.core;
  opens io.parcelclaims.rules.intl to io.parcelclaims.core;
  opens io.parcelclaims.rules.regime to io.parcelclaims.core;
  opens io.parcelclaims.rules.standing to io.parcelclaims.core;
  opens io.parcelclaims.rules.timebar to io.parcelclaims.core;
}
