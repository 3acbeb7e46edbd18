/**
 * Standing: who may claim under each rule set.
 *
 * <ul>
 *   <li>{@link io.parcelclaims.rules.standing.Standings}: the ready rules (GB/T 27917.3, civil law
 *       for express parcels with online purchases, Montreal Art. 14);
 *   <li>{@link io.parcelclaims.rules.standing.RoleStanding}: standing as data, for a carrier's own
 *       rule;
 *   <li>{@link io.parcelclaims.rules.standing.StandingMessages#SOURCE}: their explanation messages.
 * </ul>
 */
package io.parcelclaims.rules.standing;
