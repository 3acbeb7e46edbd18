/**
 * Ready compensation policies for cross-border carriage under the conventions of docs/conventions.md:
 * Montreal 1999, CMR and Warsaw / Hague, with SDR and exchange rates taken from the assessment
 * context. Entry point: {@link io.parcelclaims.rules.intl.Conventions}; explanation messages:
 * {@link io.parcelclaims.rules.intl.ConventionMessages#SOURCE}.
 */
package io.parcelclaims.rules.intl;
