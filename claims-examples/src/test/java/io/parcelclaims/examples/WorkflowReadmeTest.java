package io.parcelclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.Actor;
import io.parcelclaims.claim.ActorId;
import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.CommandId;
import io.parcelclaims.claim.Party;
import io.parcelclaims.claim.PartyRef;
import io.parcelclaims.notice.NoticeRenderer;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.ChineseCalendars;
import io.parcelclaims.servicelevel.ServiceLevels;
import io.parcelclaims.workflow.ClaimHistory;
import io.parcelclaims.workflow.ClaimStatus;
import io.parcelclaims.workflow.ClaimWorkflow;
import io.parcelclaims.workflow.Decision;
import io.parcelclaims.workflow.RejectionReason;
import io.parcelclaims.workflow.command.CommandHeader;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.command.VerifyClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the README's "Running the workflow" code, copied here verbatim between the markers. */
class WorkflowReadmeTest {

  @Test
  void running_the_workflow() {
    Claim claim = ReadmeClaims.first();

    // README: running the workflow
    ClaimWorkflow workflow = ClaimWorkflow.of(
        PolicyCatalogue.of(Carriers.SF_DOMESTIC_COPY_B, List.of(Carriers.sfDomesticCopyB())),
        ServiceLevels.defaults(),                   // the seeds' target: 10 working days
        ChineseCalendars.mainland());
    Actor desk = Actor.of(ActorId.of("cs-li"), ActorRole.CUSTOMER_SERVICE);
    Party sender = Party.builder().ref(PartyRef.of("P-77")).name("Zhang Wei").phone("+86 138 0013 8000").build();

    ClaimHistory history = ClaimHistory.empty();    // or ClaimHistory.of(events from your store)
    CommandHeader header = CommandHeader.of(CommandId.of("cmd-1"), claim.id(), desk,
        Instant.parse("2025-05-15T09:00:00Z"), history.state().version());
    ReportClaim report = new ReportClaim(header, claim, sender, List.of());
    Decision decision = workflow.decide(history.state(), report);
    history = history.append(decision);             // store decision.events(), keyed by claim id and version

    Decision retry = workflow.decide(history.state(), report);
    // retry.isDuplicate() is true: the same command id was applied, nothing new to store
    CommandHeader late = CommandHeader.of(CommandId.of("cmd-2"), claim.id(), desk,
        Instant.parse("2025-05-15T10:00:00Z"), 0);
    Decision stale = workflow.decide(history.state(), new VerifyClaim(late, Optional.empty()));
    // stale.reasons() is [STALE_VERSION]: someone acted since version 0

    String notice = NoticeRenderer.of().render(decision.events().get(0), NoticeRenderer.MAINLAND);
    // "我们已收到运单 SF1234567890123 的理赔申请 C-2025-0001。"
    LocalDate due = workflow.nextDeadline(history.state()).get().lastDay();
    // 2025-05-29: ten working days after Thursday 2025-05-15
    // end README

    assertEquals(List.of("claim.reported", "claim.deadline-started"),
        decision.events().stream().map(ClaimEvent::type).toList());
    assertEquals(ClaimStatus.REPORTED, history.state().status());
    assertTrue(retry.isDuplicate());
    assertEquals(List.of(RejectionReason.STALE_VERSION), stale.reasons());
    assertEquals("我们已收到运单 SF1234567890123 的理赔申请 C-2025-0001。", notice);
    assertEquals(LocalDate.of(2025, 5, 29), due);
    assertFalse(decision.events().toString().contains("Zhang Wei"), "the event log holds no name");
  }
}
