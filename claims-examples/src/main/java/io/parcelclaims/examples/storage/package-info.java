/** A carrier's event table for the SDK's stored events, in plain JDBC. */
package io.parcelclaims.examples.storage;
