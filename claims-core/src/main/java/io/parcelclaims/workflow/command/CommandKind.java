package io.parcelclaims.workflow.command;

/**
 * The kinds of command, one per {@link ClaimCommand} record: the columns of the workflow's
 * transition table.
 *
 * @since 0.1.0
 */
public enum CommandKind {
  /** {@link ReportClaim}. */
  REPORT,
  /** {@link ReturnForCorrection}. */
  RETURN_FOR_CORRECTION,
  /** {@link CorrectClaim}. */
  CORRECT,
  /** {@link VerifyClaim}. */
  VERIFY,
  /** {@link OpenInvestigation}. */
  OPEN_INVESTIGATION,
  /** {@link RecordFinding}. */
  RECORD_FINDING,
  /** {@link ConcludeInvestigation}. */
  CONCLUDE_INVESTIGATION,
  /** {@link RequestEvidence}. */
  REQUEST_EVIDENCE,
  /** {@link SubmitEvidence}. */
  SUBMIT_EVIDENCE,
  /** {@link ReviewEvidence}. */
  REVIEW_EVIDENCE,
  /** {@link AssessClaim}. */
  ASSESS,
  /** {@link ProposeOffer}. */
  PROPOSE_OFFER,
  /** {@link MakeCounterOffer}. */
  COUNTER_OFFER,
  /** {@link AcceptOffer}. */
  ACCEPT_OFFER,
  /** {@link DeclineOffer}. */
  DECLINE_OFFER,
  /** {@link ApproveOffer}. */
  APPROVE_OFFER,
  /** {@link RecordPayment}. */
  RECORD_PAYMENT,
  /** {@link RecordPaymentFailure}. */
  RECORD_PAYMENT_FAILURE,
  /** {@link ConfirmReceipt}. */
  CONFIRM_RECEIPT,
  /** {@link RecordFollowUp}. */
  RECORD_FOLLOW_UP,
  /** {@link CloseClaim}. */
  CLOSE,
  /** {@link WithdrawClaim}. */
  WITHDRAW,
  /** {@link RejectClaim}. */
  REJECT,
  /** {@link EscalateClaim}. */
  ESCALATE,
  /** {@link ResolveEscalation}. */
  RESOLVE_ESCALATION,
  /** {@link ReopenClaim}. */
  REOPEN,
  /** {@link RecordRecovery}. */
  RECORD_RECOVERY;

  /** {@return the kind as a kebab-case code, such as {@code propose-offer}, for logs and messages} */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
