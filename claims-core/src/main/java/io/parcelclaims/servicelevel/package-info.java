/**
 * Service levels: the clocks a carrier runs on each claim (first response, investigation,
 * proposal, payment, total handling, complaint answer, status updates, the claimant's filing window
 * and the date a parcel may be treated as lost), their lengths, and the deadlines they give on a
 * business calendar.
 */
@ClaimsStyle
package io.parcelclaims.servicelevel;

import io.parcelclaims.internal.ClaimsStyle;
