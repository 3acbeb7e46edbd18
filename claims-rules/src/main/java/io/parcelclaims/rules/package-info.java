/**
 * Ready rule sets built on the claims-core SPI; entry point {@link io.parcelclaims.rules.Presets}.
 */
package io.parcelclaims.rules;
