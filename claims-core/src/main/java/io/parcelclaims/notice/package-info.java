/**
 * Customer-facing progress notices: {@link io.parcelclaims.notice.ProgressNotices#of} gives every
 * claim event a notice (a code and parameters), and {@link io.parcelclaims.notice.NoticeRenderer}
 * renders it from the bundles in {@code zh-CN}, {@code zh-HK} and {@code en}, or from a carrier's own
 * bundle first. Codes inside a notice (evidence kinds, denial reasons, payment methods, fields to
 * correct) read as words, from terms such as {@code term.evidence.E04} in the same bundles.
 */
package io.parcelclaims.notice;
