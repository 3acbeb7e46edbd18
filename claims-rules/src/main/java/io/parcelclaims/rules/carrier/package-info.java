/**
 * Ready compensation policies from carriers' published terms (docs/carriers.md): SF Express, EMS and
 * YTO, each copy a versioned preset, each bound by the Civil Code through {@link
 * io.parcelclaims.rules.cn.CarrierLiability}. Entry point: {@link io.parcelclaims.rules.carrier.Carriers};
 * explanation messages: {@link io.parcelclaims.rules.carrier.CarrierMessages#SOURCE}.
 */
package io.parcelclaims.rules.carrier;
