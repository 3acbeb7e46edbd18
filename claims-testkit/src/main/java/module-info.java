/**
 * The Parcel Claims SDK's testkit: jqwik arbitraries for every domain value and the contract
 * properties any compensation policy must satisfy. A carrier adds it in test scope.
 */
module io.parcelclaims.testkit {
  requires transitive io.parcelclaims.core;
  requires transitive net.jqwik.api;
  requires transitive org.junit.jupiter.api;

  exports io.parcelclaims.testkit;
}
