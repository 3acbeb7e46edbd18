/**
 * Service-level presets with the limits of docs/time-bars-and-calendars.md: entry point {@link
 * io.parcelclaims.rules.servicelevel.ServiceLevelPresets}.
 */
package io.parcelclaims.rules.servicelevel;
