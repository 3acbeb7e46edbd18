/**
 * What a carrier recovers when a parcel paid for as lost turns up: {@link
 * io.parcelclaims.rules.recovery.FoundAfterPayment}, the {@code FOUND-AFTER-PAYMENT} policy of
 * docs/worked-examples.md EX-14, and its answer {@link io.parcelclaims.rules.recovery.Recovery}, which a
 * carrier records on a reopened claim with {@link io.parcelclaims.workflow.command.RecordRecovery}.
 */
package io.parcelclaims.rules.recovery;
