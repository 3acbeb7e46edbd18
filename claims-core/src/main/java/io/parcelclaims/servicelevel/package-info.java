/**
 * Service levels: the clocks a carrier runs on each claim (first response, investigation,
 * proposal, payment, total handling, complaint answer, status updates), their lengths, and the
 * deadlines they give on a business calendar.
 */
package io.parcelclaims.servicelevel;
