/**
 * Events: the facts of a claim's history, one record per kind of fact, all implementing the sealed
 * {@link io.parcelclaims.workflow.event.ClaimEvent}. Carriers store them for years, so each type
 * has a stable stored name and plain, ordered fields, and none holds personal data. Changes here
 * are reviewed as schema changes.
 */
package io.parcelclaims.workflow.event;
