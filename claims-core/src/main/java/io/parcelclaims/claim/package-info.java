/**
 * The nouns a carrier builds: {@link io.parcelclaims.claim.Claim} (entry point:
 * {@link io.parcelclaims.claim.Claim#builder()}, or {@link io.parcelclaims.claim.ClaimIntake} for
 * form input), {@link io.parcelclaims.claim.Shipment}, {@link io.parcelclaims.claim.Party},
 * {@link io.parcelclaims.claim.Evidence}, {@link io.parcelclaims.claim.Actor}, identifiers and codes.
 */
@ClaimsStyle
package io.parcelclaims.claim;

import io.parcelclaims.internal.ClaimsStyle;
