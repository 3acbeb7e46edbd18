/**
 * Rules of mainland China: compensation policies and calendars.
 *
 * <ul>
 *   <li>{@link io.parcelclaims.rules.cn.PostalLaw#policy()}: China Post receipted items (邮政法 Art.
 *       45–48);
 *   <li>{@link io.parcelclaims.rules.cn.CivilCodeExpress#policy()}: express parcels under civil law;
 *   <li>{@link io.parcelclaims.rules.cn.CarrierLiability#tariff}: a carrier's tariff bound by the
 *       Civil Code (Art. 832 and 590 defences, Art. 506 against intent or gross negligence);
 *   <li>{@link io.parcelclaims.rules.cn.GbT27917#policy()}: the GB/T 27917.3-2011 baseline, and
 *       {@link io.parcelclaims.rules.cn.CompleteDelay} around a loss and a delay policy;
 *   <li>{@link io.parcelclaims.rules.cn.InsuredProportional#policy()}: {@code L × I / V};
 *   <li>{@link io.parcelclaims.rules.cn.CnMessages#SOURCE}: their explanation messages;
 *   <li>{@link io.parcelclaims.rules.cn.ChineseCalendars#mainland2025to2026()}: the State Council's
 *       holiday arrangements as business calendars.
 * </ul>
 */
package io.parcelclaims.rules.cn;
