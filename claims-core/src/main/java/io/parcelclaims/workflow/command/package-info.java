/**
 * Commands: the requests a claims desk makes of the {@link io.parcelclaims.workflow.ClaimWorkflow},
 * one record per intent, all implementing the sealed {@link
 * io.parcelclaims.workflow.command.ClaimCommand}. Each carries a {@link
 * io.parcelclaims.workflow.command.CommandHeader}: its id, the claim, the actor, the time and the
 * version of the claim it expects. A command may be refused; a refusal changes nothing.
 */
@ClaimsStyle
package io.parcelclaims.workflow.command;

import io.parcelclaims.internal.ClaimsStyle;
