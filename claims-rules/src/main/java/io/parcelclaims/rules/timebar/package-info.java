/**
 * Time bars: whether a claim, or the notice before it, is too early, in time or barred.
 *
 * <ul>
 *   <li>{@link io.parcelclaims.rules.timebar.TimeBars}: the ready time bars (convention notices,
 *       CMR limitation and presumed loss, carriers' claim windows, complete delay);
 *   <li>{@link io.parcelclaims.rules.timebar.PostalInquiry}: China Post's inquiry period and answer
 *       deadline (Postal Law Art. 49);
 *   <li>{@link io.parcelclaims.rules.timebar.ClaimWindows}: a time bar as data, for a carrier's own
 *       windows;
 *   <li>{@link io.parcelclaims.rules.timebar.Carmack}: Carmack's minimums as a check on a carrier's
 *       windows;
 *   <li>{@link io.parcelclaims.rules.timebar.TimeBarMessages#SOURCE}: their explanation messages.
 * </ul>
 */
package io.parcelclaims.rules.timebar;
