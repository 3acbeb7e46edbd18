/**
 * Property-based testing for the Parcel Claims SDK: {@link io.parcelclaims.testkit.ClaimArbitraries}
 * is the entry point to jqwik arbitraries for every domain value (valid by construction, narrowing
 * fluently) and for invalid input; {@link io.parcelclaims.testkit.CompensationPolicyContract} is the
 * contract any compensation policy signs by implementing it, with its
 * {@link io.parcelclaims.testkit.PolicyPromises}.
 */
package io.parcelclaims.testkit;
