/**
 * The stored form of claim events: stable type names, schema versions, ordered trees of plain
 * fields ({@link io.parcelclaims.stored.StoredEvent}), their canonical text
 * ({@link io.parcelclaims.stored.StoredText}) and the upcasters that carry old stored events
 * forward ({@link io.parcelclaims.stored.Upcasters}). The SDK never stores anything itself; a
 * carrier maps this form to its own columns, JSON or Avro.
 */
package io.parcelclaims.stored;
