/**
 * Money: {@link io.parcelclaims.money.Money} at a currency's minor unit, and
 * {@link io.parcelclaims.money.SdrAmount} for the conventions' unit of account.
 */
package io.parcelclaims.money;
