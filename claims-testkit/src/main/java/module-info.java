/**
 * The Parcel Claims SDK's testkit: jqwik arbitraries for every domain value, the contract
 * properties any compensation policy must satisfy, and a stateful workflow tester with a
 * given/when/then scenario helper. A carrier adds it in test scope.
 */
module io.parcelclaims.testkit {
  // the public API speaks in core's values and jqwik's Arbitrary, so users read both through us
  requires transitive io.parcelclaims.core;
  requires transitive net.jqwik.api;
  // failures are opentest4j assertion errors, which every JUnit Platform engine reports
  requires org.junit.jupiter.api;

  exports io.parcelclaims.testkit;
  exports io.parcelclaims.testkit.workflow;
}
