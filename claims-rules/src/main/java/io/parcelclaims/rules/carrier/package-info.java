/**
 * Ready compensation policies from carriers' published terms (DOMAIN.md §4): SF Express, EMS and
 * YTO, each copy a versioned preset. Entry point: {@link io.parcelclaims.rules.carrier.Carriers};
 * explanation messages: {@link io.parcelclaims.rules.carrier.CarrierMessages#SOURCE}.
 */
package io.parcelclaims.rules.carrier;
