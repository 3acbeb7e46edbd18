/**
 * Test support for carriers using the Parcel Claims SDK: a stateful workflow tester and a
 * given/when/then scenario helper, built on jqwik.
 */
module io.parcelclaims.testkit {
  requires transitive io.parcelclaims.core;
  requires transitive net.jqwik.api;

  exports io.parcelclaims.testkit.workflow;
}
