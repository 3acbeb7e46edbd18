/**
 * The compensation-policy SPI: {@link io.parcelclaims.policy.CompensationPolicy} and what it
 * receives ({@link io.parcelclaims.policy.AssessmentContext}) and returns
 * ({@link io.parcelclaims.policy.Assessment} with its {@link io.parcelclaims.policy.ExplanationStep}
 * tree). Policies are composed from parts with {@link io.parcelclaims.policy.Tariff} and
 * {@link io.parcelclaims.policy.Policies}; {@link io.parcelclaims.policy.PolicyCatalogue} picks the
 * version in force; {@link io.parcelclaims.policy.ExplanationRenderer} renders explanations.
 */
@ClaimsStyle
package io.parcelclaims.policy;

import io.parcelclaims.internal.ClaimsStyle;
