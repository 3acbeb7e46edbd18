package io.parcelclaims.workflow;

import java.util.Locale;

/**
 * Why the workflow refused a command. A refused command changes nothing and produces no event.
 *
 * <p>Codes are stored and displayed by carriers, so a constant never changes meaning once
 * released; {@link #key()} is its message key.
 *
 * @since 0.1.0
 */
public enum RejectionReason {
  /** The command is not allowed in the claim's current status. */
  WRONG_STATE,
  /** The actor's role may not issue this kind of command. */
  ROLE_NOT_ALLOWED,
  /** The command expected another version of the claim: someone else acted first. */
  STALE_VERSION,
  /** A command with this id was already applied; a retry, answered without new events. */
  DUPLICATE_COMMAND,
  /** The command names another claim than the state's. */
  WRONG_CLAIM,
  /** The command's time is before the claim's last event. */
  OUT_OF_ORDER_TIME,
  /** The carrier already has an open claim of the same type on the waybill. */
  DUPLICATE_CLAIM_ON_WAYBILL,
  /** An evidence id is already on the claim. */
  DUPLICATE_EVIDENCE,
  /** No evidence with that id is on the claim. */
  UNKNOWN_EVIDENCE,
  /** No version of the policy family is in force on the claim's governing date. */
  NO_POLICY_IN_FORCE,
  /** The policy in force threw, or answered in another currency than the claim's. */
  POLICY_FAILED,
  /** An offer needs a latest assessment that is payable or not yet due. */
  NO_PAYABLE_ASSESSMENT,
  /** An amount is in another currency than the claim's. */
  CURRENCY_MISMATCH,
  /** An offer must total more than zero. */
  OFFER_NOT_POSITIVE,
  /** The approver's own limit does not cover the offer. */
  ABOVE_AUTHORITY_LIMIT,
  /** The proposer of an offer may not approve it (four eyes). */
  SELF_APPROVAL,
  /** The approval names an assessment or offer version that is no longer the latest. */
  APPROVED_OFFER_CHANGED,
  /**
   * The approval names the offer's version as the assessment's and the assessment's as the offer's:
   * build it with {@link Offer#approval(io.parcelclaims.workflow.command.CommandHeader)}.
   *
   * @since 0.2.0
   */
  APPROVAL_VERSIONS_SWAPPED,
  /** The offer is within its proposer's limit and needs no approval. */
  APPROVAL_NOT_REQUIRED,
  /** The offer is already approved. */
  ALREADY_APPROVED,
  /** The accepted offer needs approval before anything is paid. */
  AWAITING_APPROVAL,
  /** The payment would take the total paid above the binding offer. */
  PAYMENT_ABOVE_BINDING_OFFER,
  /** A payment with this reference is already recorded. */
  DUPLICATE_PAYMENT,
  /** No effective payment with this reference is recorded. */
  UNKNOWN_PAYMENT,
  /** The recovery would exceed what was paid and not yet recovered. */
  RECOVERY_ABOVE_PAID,
  /** A deadline falls on days the business calendar does not cover. */
  OUTSIDE_CALENDAR,
  /**
   * The offer is above the latest assessment's total (or above its contested alternative's) and is
   * not marked goodwill with a reason.
   *
   * @since 0.2.0
   */
  OFFER_ABOVE_ASSESSMENT,
  /**
   * The latest assessment denies the claim, and the offer is not marked goodwill with a reason.
   *
   * @since 0.2.0
   */
  OFFER_ON_DENIED_CLAIM,
  /**
   * The offer is under review: it needs another actor's approval before the claimant can accept,
   * decline or counter it.
   *
   * @since 0.2.0
   */
  OFFER_UNDER_REVIEW;

  /** {@return the message key, such as {@code rejection.stale-version}} */
  public String key() {
    return "rejection." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
