/**
 * Which rules govern a claim: {@link io.parcelclaims.rules.regime.RegimeChooser} names the {@link
 * io.parcelclaims.rules.regime.Regime} (China Post's universal service under the Postal Law, civil
 * law for express items, Montreal, Warsaw/Hague, CMR, or none) from the shipment's carrier, mail
 * class, mode and route and the convention parties the caller supplies ({@link
 * io.parcelclaims.rules.regime.ConventionStates}), and assesses the claim with that regime's policy
 * in one call (docs/regimes.md, §5).
 */
package io.parcelclaims.rules.regime;
