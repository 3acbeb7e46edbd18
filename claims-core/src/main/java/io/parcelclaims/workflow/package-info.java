/**
 * The claim workflow: a pure, event-sourced state machine over the seven steps of docs/process.md.
 * Entry point: {@link io.parcelclaims.workflow.ClaimWorkflow}, whose {@code decide} turns a
 * {@linkplain io.parcelclaims.workflow.command command} into {@linkplain
 * io.parcelclaims.workflow.event events} or a rejection, and whose {@code evolve} folds events into
 * a {@link io.parcelclaims.workflow.ClaimState}. {@link io.parcelclaims.workflow.ClaimHistory} holds
 * one claim's events and its audit trail.
 */
@ClaimsStyle
package io.parcelclaims.workflow;

import io.parcelclaims.internal.ClaimsStyle;
