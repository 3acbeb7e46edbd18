package io.parcelclaims.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.workflow.command.CommandKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The allowed transitions, checked against a table written here from docs/process.md ("who acts" per
 * step), never read from the engine: every kind of command, issued by every role in every status.
 */
class TransitionTableTest {
  /**
   * kind | statuses it may be issued in | roles (CL claimant, CS customer service, IN investigator,
   * AS assessor, SU supervisor, FI finance). Step 1 intake: claimant, recorded by customer service.
   * Step 2 verification: customer service. Step 3: the investigator ("专人"). Step 4: the claimant
   * submits, the assessor reviews. Step 5: the assessor proposes, the supervisor approves above
   * authority, the claimant accepts or rejects. Step 6: finance pays, customer service confirms
   * receipt. Step 7: customer service follows up.
   */
  private static final String EXPECTED = """
      REPORT                 | NOT_REPORTED | CL CS
      VERIFY                 | REPORTED | CS
      RETURN_FOR_CORRECTION  | REPORTED | CS
      CORRECT                | RETURNED_FOR_CORRECTION | CL CS
      OPEN_INVESTIGATION     | VERIFIED | IN
      RECORD_FINDING         | INVESTIGATING | IN
      CONCLUDE_INVESTIGATION | INVESTIGATING | IN
      REQUEST_EVIDENCE       | INVESTIGATED EVIDENCE_IN_REVIEW ASSESSED | AS
      SUBMIT_EVIDENCE        | INVESTIGATED AWAITING_EVIDENCE EVIDENCE_IN_REVIEW | CL CS
      REVIEW_EVIDENCE        | EVIDENCE_IN_REVIEW | AS
      ASSESS                 | INVESTIGATED EVIDENCE_IN_REVIEW ASSESSED OFFERED NEGOTIATING ESCALATED | AS SU
      PROPOSE_OFFER          | ASSESSED NEGOTIATING ESCALATED | AS SU
      COUNTER_OFFER          | OFFERED | CL CS
      ACCEPT_OFFER           | OFFERED | CL CS
      DECLINE_OFFER          | OFFERED | CL CS
      APPROVE_OFFER          | OFFERED AGREED | SU
      RECORD_PAYMENT         | AGREED | FI
      RECORD_PAYMENT_FAILURE | AGREED PAID | FI
      CONFIRM_RECEIPT        | PAID | CS
      RECORD_FOLLOW_UP       | RECEIPT_CONFIRMED REJECTED CLOSED | CS
      CLOSE                  | VERIFIED INVESTIGATED RECEIPT_CONFIRMED FOLLOWED_UP REJECTED ESCALATED REOPENED | CS SU
      WITHDRAW               | REPORTED RETURNED_FOR_CORRECTION VERIFIED INVESTIGATING INVESTIGATED AWAITING_EVIDENCE EVIDENCE_IN_REVIEW ASSESSED OFFERED NEGOTIATING ESCALATED | CL CS
      REJECT                 | REPORTED RETURNED_FOR_CORRECTION VERIFIED INVESTIGATING INVESTIGATED AWAITING_EVIDENCE EVIDENCE_IN_REVIEW ASSESSED NEGOTIATING ESCALATED | CS AS SU
      ESCALATE               | REPORTED RETURNED_FOR_CORRECTION VERIFIED INVESTIGATING INVESTIGATED AWAITING_EVIDENCE EVIDENCE_IN_REVIEW ASSESSED OFFERED NEGOTIATING REJECTED ESCALATED | CL CS AS SU
      RESOLVE_ESCALATION     | ESCALATED | SU
      REOPEN                 | PAID RECEIPT_CONFIRMED FOLLOWED_UP CLOSED | CS IN SU
      RECORD_RECOVERY        | REOPENED | FI
      """;

  private static final Map<String, ActorRole> ROLES = Map.of(
      "CL", ActorRole.CLAIMANT, "CS", ActorRole.CUSTOMER_SERVICE, "IN", ActorRole.INVESTIGATOR,
      "AS", ActorRole.ASSESSOR, "SU", ActorRole.SUPERVISOR, "FI", ActorRole.FINANCE);

  private final Map<CommandKind, Set<ClaimStatus>> statuses = new EnumMap<>(CommandKind.class);
  private final Map<CommandKind, Set<ActorRole>> roles = new EnumMap<>(CommandKind.class);

  TransitionTableTest() {
    for (String line : EXPECTED.strip().split("\n")) {
      String[] cells = line.split("\\|");
      CommandKind kind = CommandKind.valueOf(cells[0].strip());
      Set<ClaimStatus> s = EnumSet.noneOf(ClaimStatus.class);
      Arrays.stream(cells[1].strip().split(" +")).map(ClaimStatus::valueOf).forEach(s::add);
      Set<ActorRole> r = EnumSet.noneOf(ActorRole.class);
      Arrays.stream(cells[2].strip().split(" +")).map(ROLES::get).forEach(r::add);
      statuses.put(kind, s);
      roles.put(kind, r);
    }
  }

  @Test
  void the_expected_table_has_a_row_for_every_kind_of_command() {
    assertEquals(EnumSet.allOf(CommandKind.class), statuses.keySet());
  }

  @Test
  void the_engines_table_matches_the_expected_table_cell_by_cell() {
    TransitionTable table = WorkflowFixtures.workflow().transitions();
    List<String> differences = new ArrayList<>();
    for (ClaimStatus status : ClaimStatus.values()) {
      for (CommandKind kind : CommandKind.values()) {
        List<ActorRole> expected = statuses.get(kind).contains(status) ? List.copyOf(roles.get(kind)) : List.of();
        if (!expected.equals(table.roles(status, kind))) {
          differences.add(status + " × " + kind + ": expected " + expected + ", was " + table.roles(status, kind));
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void every_command_in_every_status_by_every_role_is_refused_exactly_where_the_table_says() {
    List<String> differences = new ArrayList<>();
    for (ClaimStatus status : ClaimStatus.values()) {
      Desk desk = Paths.at(status);
      for (CommandKind kind : CommandKind.values()) {
        for (ActorRole role : ActorRole.values()) {
          Actor actor = Actor.of(ActorId.of("someone-" + role), role);
          Decision d = desk.workflow().decide(desk.state(),
              Commands.of(kind, desk.header(actor, Instant.parse(Paths.later(desk)))));
          boolean wrongState = d.reasons().contains(RejectionReason.WRONG_STATE);
          boolean wrongRole = d.reasons().contains(RejectionReason.ROLE_NOT_ALLOWED);
          if (wrongState == statuses.get(kind).contains(status)) {
            differences.add(status + " × " + kind + " by " + role + ": WRONG_STATE " + wrongState);
          }
          if (wrongRole == roles.get(kind).contains(role)) {
            differences.add(status + " × " + kind + " by " + role + ": ROLE_NOT_ALLOWED " + wrongRole);
          }
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void the_system_role_issues_nothing() {
    TransitionTable table = TransitionTable.defaults();

    for (ClaimStatus status : ClaimStatus.values()) {
      assertEquals(List.of(), table.allowedIn(status, ActorRole.SYSTEM), status.toString());
    }
  }

  @Test
  void what_may_happen_next_lists_the_kinds_allowed_in_a_status() {
    TransitionTable table = TransitionTable.defaults();

    assertEquals(
        List.of(CommandKind.COUNTER_OFFER, CommandKind.ACCEPT_OFFER, CommandKind.DECLINE_OFFER),
        table.allowedIn(ClaimStatus.OFFERED, ActorRole.CLAIMANT).stream()
            .filter(k -> k != CommandKind.WITHDRAW && k != CommandKind.ESCALATE).toList());
    assertEquals(List.of(), table.allowedIn(ClaimStatus.WITHDRAWN));
  }
}
