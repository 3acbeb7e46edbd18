/**
 * Service-level presets with the limits of DOMAIN.md §7: entry point {@link
 * io.parcelclaims.rules.servicelevel.ServiceLevelPresets}.
 */
package io.parcelclaims.rules.servicelevel;
