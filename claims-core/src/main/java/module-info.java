/**
 * The Parcel Claims SDK's core: domain values, the compensation-policy SPI, the claim workflow and
 * the business calendar. Performs no I/O and reads no clock, random source or environment.
 */
module io.parcelclaims.core {
  // Immutables' annotations are needed only while compiling; the generated code has no
  // runtime dependency on them, so consumers never see the artifact.
  requires static org.immutables.value;
  requires org.slf4j;

  exports io.parcelclaims.money;
  exports io.parcelclaims.value;
  exports io.parcelclaims.claim;
  exports io.parcelclaims.message;
  exports io.parcelclaims.policy;
  exports io.parcelclaims.calendar;
  exports io.parcelclaims.servicelevel;
  exports io.parcelclaims.stored;
  exports io.parcelclaims.workflow;
  exports io.parcelclaims.workflow.command;
  exports io.parcelclaims.workflow.event;
  exports io.parcelclaims.notice;
}
