/**
 * The compensation-policy SPI: what a policy author implements and receives.
 */
package io.parcelclaims.policy;
