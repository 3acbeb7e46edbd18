package io.parcelclaims.workflow;

import static io.parcelclaims.claim.ActorRole.ASSESSOR;
import static io.parcelclaims.claim.ActorRole.CLAIMANT;
import static io.parcelclaims.claim.ActorRole.CUSTOMER_SERVICE;
import static io.parcelclaims.claim.ActorRole.FINANCE;
import static io.parcelclaims.claim.ActorRole.INVESTIGATOR;
import static io.parcelclaims.claim.ActorRole.SUPERVISOR;
import static io.parcelclaims.workflow.ClaimStatus.AGREED;
import static io.parcelclaims.workflow.ClaimStatus.ASSESSED;
import static io.parcelclaims.workflow.ClaimStatus.AWAITING_EVIDENCE;
import static io.parcelclaims.workflow.ClaimStatus.CLOSED;
import static io.parcelclaims.workflow.ClaimStatus.ESCALATED;
import static io.parcelclaims.workflow.ClaimStatus.EVIDENCE_IN_REVIEW;
import static io.parcelclaims.workflow.ClaimStatus.FOLLOWED_UP;
import static io.parcelclaims.workflow.ClaimStatus.INVESTIGATED;
import static io.parcelclaims.workflow.ClaimStatus.INVESTIGATING;
import static io.parcelclaims.workflow.ClaimStatus.NEGOTIATING;
import static io.parcelclaims.workflow.ClaimStatus.NOT_REPORTED;
import static io.parcelclaims.workflow.ClaimStatus.OFFERED;
import static io.parcelclaims.workflow.ClaimStatus.PAID;
import static io.parcelclaims.workflow.ClaimStatus.RECEIPT_CONFIRMED;
import static io.parcelclaims.workflow.ClaimStatus.REJECTED;
import static io.parcelclaims.workflow.ClaimStatus.REOPENED;
import static io.parcelclaims.workflow.ClaimStatus.REPORTED;
import static io.parcelclaims.workflow.ClaimStatus.RETURNED_FOR_CORRECTION;
import static io.parcelclaims.workflow.ClaimStatus.VERIFIED;

import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.workflow.command.CommandKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The allowed transitions as data: for each kind of command, the statuses in which it may be
 * issued and the roles that may issue it (docs/process.md, "who acts").
 *
 * <p>{@link #defaults()} is the SDK's table. The roles follow docs/process.md: customer service takes
 * and verifies the report, confirms receipt and calls back; an investigator investigates; the
 * claimant (or customer service on the claimant's behalf) corrects, submits evidence and answers
 * offers; an assessor (or a supervisor) reviews, assesses and proposes; a supervisor approves and
 * resolves escalations; finance pays. {@link ActorRole#SYSTEM} is in no row: an automated process
 * acts under one of these roles. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TransitionTable {
  private static final TransitionTable DEFAULTS = buildDefaults();

  private final Map<CommandKind, Set<ClaimStatus>> statuses;
  private final Map<CommandKind, Set<ActorRole>> roles;

  private TransitionTable(
      Map<CommandKind, Set<ClaimStatus>> statuses, Map<CommandKind, Set<ActorRole>> roles) {
    this.statuses = statuses;
    this.roles = roles;
  }

  /** {@return the SDK's table} */
  public static TransitionTable defaults() {
    return DEFAULTS;
  }

  /**
   * Whether a kind of command may be issued in a status, by any role.
   *
   * @param status the claim's status
   * @param kind the kind of command
   * @return true if the table has the pair
   */
  public boolean allows(ClaimStatus status, CommandKind kind) {
    return statuses.get(kind).contains(status);
  }

  /**
   * Whether a role may issue a kind of command.
   *
   * @param kind the kind of command
   * @param role the actor's role
   * @return true if the role is in the kind's row
   */
  public boolean allowsRole(CommandKind kind, ActorRole role) {
    return roles.get(kind).contains(role);
  }

  /**
   * The roles that may issue a kind of command in a status.
   *
   * @param status the claim's status
   * @param kind the kind of command
   * @return the roles in declaration order; empty when the kind is not allowed in the status
   */
  public List<ActorRole> roles(ClaimStatus status, CommandKind kind) {
    return allows(status, kind) ? List.copyOf(roles.get(kind)) : List.of();
  }

  /**
   * What may happen next: the kinds of command allowed in a status.
   *
   * @param status the claim's status
   * @return the kinds, in declaration order
   */
  public List<CommandKind> allowedIn(ClaimStatus status) {
    return Arrays.stream(CommandKind.values()).filter(k -> allows(status, k)).toList();
  }

  /**
   * What a role may do next: the kinds of command allowed in a status for a role.
   *
   * @param status the claim's status
   * @param role the role
   * @return the kinds, in declaration order
   */
  public List<CommandKind> allowedIn(ClaimStatus status, ActorRole role) {
    return Arrays.stream(CommandKind.values())
        .filter(k -> allows(status, k) && allowsRole(k, role))
        .toList();
  }

  private static TransitionTable buildDefaults() {
    Map<CommandKind, Set<ClaimStatus>> s = new EnumMap<>(CommandKind.class);
    Map<CommandKind, Set<ActorRole>> r = new EnumMap<>(CommandKind.class);
    // step 1: intake
    row(s, r, CommandKind.REPORT, roles(CLAIMANT, CUSTOMER_SERVICE), NOT_REPORTED);
    // step 2: verification
    row(s, r, CommandKind.VERIFY, roles(CUSTOMER_SERVICE), REPORTED);
    row(s, r, CommandKind.RETURN_FOR_CORRECTION, roles(CUSTOMER_SERVICE), REPORTED);
    row(s, r, CommandKind.CORRECT, roles(CLAIMANT, CUSTOMER_SERVICE), RETURNED_FOR_CORRECTION);
    // step 3: investigation
    row(s, r, CommandKind.OPEN_INVESTIGATION, roles(INVESTIGATOR), VERIFIED);
    row(s, r, CommandKind.RECORD_FINDING, roles(INVESTIGATOR), INVESTIGATING);
    row(s, r, CommandKind.CONCLUDE_INVESTIGATION, roles(INVESTIGATOR), INVESTIGATING);
    // step 4: evidence
    row(s, r, CommandKind.REQUEST_EVIDENCE, roles(ASSESSOR), INVESTIGATED, EVIDENCE_IN_REVIEW, ASSESSED);
    row(s, r, CommandKind.SUBMIT_EVIDENCE, roles(CLAIMANT, CUSTOMER_SERVICE),
        INVESTIGATED, AWAITING_EVIDENCE, EVIDENCE_IN_REVIEW);
    row(s, r, CommandKind.REVIEW_EVIDENCE, roles(ASSESSOR), EVIDENCE_IN_REVIEW);
    // step 5: assessment and negotiation
    row(s, r, CommandKind.ASSESS, roles(ASSESSOR, SUPERVISOR),
        INVESTIGATED, EVIDENCE_IN_REVIEW, ASSESSED, OFFERED, NEGOTIATING, ESCALATED);
    row(s, r, CommandKind.PROPOSE_OFFER, roles(ASSESSOR, SUPERVISOR), ASSESSED, NEGOTIATING, ESCALATED);
    row(s, r, CommandKind.COUNTER_OFFER, roles(CLAIMANT, CUSTOMER_SERVICE), OFFERED);
    row(s, r, CommandKind.ACCEPT_OFFER, roles(CLAIMANT, CUSTOMER_SERVICE), OFFERED);
    row(s, r, CommandKind.DECLINE_OFFER, roles(CLAIMANT, CUSTOMER_SERVICE), OFFERED);
    row(s, r, CommandKind.APPROVE_OFFER, roles(SUPERVISOR), OFFERED, AGREED);
    // step 6: payment
    row(s, r, CommandKind.RECORD_PAYMENT, roles(FINANCE), AGREED);
    row(s, r, CommandKind.RECORD_PAYMENT_FAILURE, roles(FINANCE), AGREED, PAID);
    row(s, r, CommandKind.CONFIRM_RECEIPT, roles(CUSTOMER_SERVICE), PAID);
    // step 7: follow-up
    row(s, r, CommandKind.RECORD_FOLLOW_UP, roles(CUSTOMER_SERVICE), RECEIPT_CONFIRMED, REJECTED, CLOSED);
    row(s, r, CommandKind.CLOSE, roles(CUSTOMER_SERVICE, SUPERVISOR),
        VERIFIED, INVESTIGATED, RECEIPT_CONFIRMED, FOLLOWED_UP, REJECTED, ESCALATED, REOPENED);
    // at any sensible point
    row(s, r, CommandKind.WITHDRAW, roles(CLAIMANT, CUSTOMER_SERVICE),
        REPORTED, RETURNED_FOR_CORRECTION, VERIFIED, INVESTIGATING, INVESTIGATED, AWAITING_EVIDENCE,
        EVIDENCE_IN_REVIEW, ASSESSED, OFFERED, NEGOTIATING, ESCALATED);
    row(s, r, CommandKind.REJECT, roles(CUSTOMER_SERVICE, ASSESSOR, SUPERVISOR),
        REPORTED, RETURNED_FOR_CORRECTION, VERIFIED, INVESTIGATING, INVESTIGATED, AWAITING_EVIDENCE,
        EVIDENCE_IN_REVIEW, ASSESSED, NEGOTIATING, ESCALATED);
    // not once an amount is agreed: the binding offer must not change under a payment
    row(s, r, CommandKind.ESCALATE, roles(CLAIMANT, CUSTOMER_SERVICE, ASSESSOR, SUPERVISOR),
        REPORTED, RETURNED_FOR_CORRECTION, VERIFIED, INVESTIGATING, INVESTIGATED, AWAITING_EVIDENCE,
        EVIDENCE_IN_REVIEW, ASSESSED, OFFERED, NEGOTIATING, REJECTED, ESCALATED);
    row(s, r, CommandKind.RESOLVE_ESCALATION, roles(SUPERVISOR), ESCALATED);
    row(s, r, CommandKind.REOPEN, roles(CUSTOMER_SERVICE, INVESTIGATOR, SUPERVISOR),
        PAID, RECEIPT_CONFIRMED, FOLLOWED_UP, CLOSED);
    row(s, r, CommandKind.RECORD_RECOVERY, roles(FINANCE), REOPENED);
    for (CommandKind kind : CommandKind.values()) {
      Objects.requireNonNull(s.get(kind), () -> "no row for " + kind);
    }
    return new TransitionTable(s, r);
  }

  private static Set<ActorRole> roles(ActorRole first, ActorRole... rest) {
    return EnumSet.of(first, rest);
  }

  private static void row(
      Map<CommandKind, Set<ClaimStatus>> s,
      Map<CommandKind, Set<ActorRole>> r,
      CommandKind kind,
      Set<ActorRole> roles,
      ClaimStatus first,
      ClaimStatus... rest) {
    s.put(kind, EnumSet.of(first, rest));
    r.put(kind, roles);
  }
}
