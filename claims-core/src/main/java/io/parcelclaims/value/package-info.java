/**
 * The one failure every value shares: {@link io.parcelclaims.value.InvalidValueException}, listing
 * every {@link io.parcelclaims.value.Violation}.
 */
package io.parcelclaims.value;
