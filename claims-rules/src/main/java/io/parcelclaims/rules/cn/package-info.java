/**
 * Rules of mainland China: {@link io.parcelclaims.rules.cn.ChineseCalendars} (entry point: {@link
 * io.parcelclaims.rules.cn.ChineseCalendars#mainland2025to2026()}), the State Council's holiday
 * arrangements as business calendars.
 */
package io.parcelclaims.rules.cn;
