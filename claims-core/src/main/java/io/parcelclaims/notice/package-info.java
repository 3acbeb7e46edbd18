/**
 * Customer-facing progress notices: {@link io.parcelclaims.notice.ProgressNotices#of} gives every
 * claim event a notice (a code and parameters), and {@link io.parcelclaims.notice.NoticeRenderer}
 * renders it from the bundles in {@code zh-CN}, {@code zh-HK} and {@code en}, or from a carrier's own
 * bundle first.
 */
package io.parcelclaims.notice;
