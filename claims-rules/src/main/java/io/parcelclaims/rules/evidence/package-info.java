/**
 * Evidence requirements as data (docs/evidence.md): what a claim still needs and what the desk may
 * waive.
 *
 * <ul>
 *   <li>{@link io.parcelclaims.rules.evidence.EvidenceMatrices}: the national matrix and the
 *       carrier and convention presets (UPS, DHL, SF copy C, SF international, Montreal);
 *   <li>{@link io.parcelclaims.rules.evidence.EvidenceRequirements}: requirements as data, with
 *       {@link io.parcelclaims.rules.evidence.EvidenceRequirements#check} answering an {@link
 *       io.parcelclaims.rules.evidence.EvidenceAnswer};
 *   <li>{@link io.parcelclaims.rules.evidence.EvidenceConditions}: the matrix's conditions and
 *       value thresholds;
 *   <li>{@link io.parcelclaims.rules.evidence.EvidenceMessages#SOURCE}: their explanation messages.
 * </ul>
 */
package io.parcelclaims.rules.evidence;
