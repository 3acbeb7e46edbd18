package io.parcelclaims.workflow.command;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.Party;
import io.parcelclaims.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Records a claim as it arrives (docs/process.md, step 1: intake), with the claimant's
 * personal data and the claims the carrier already has open on the same waybill.
 *
 * <p>The claimant's {@link Party} stays in the command: the reported event carries only the party
 * reference and role, so the carrier keeps names and contacts in its own party store. An open claim
 * of the same type on the waybill makes this one a duplicate; open claims of other types are linked.
 *
 * @param header its id, claim, actor, time and expected version
 * @param claim the claim; its id is the header's claim id
 * @param claimant the claimant's party record; its reference is the claim's claimant
 * @param openClaimsOnWaybill the carrier's open claims on the same waybill, in any order; empty when none
 * @since 0.1.0
 */
public record ReportClaim(CommandHeader header, Claim claim, Party claimant, List<OpenClaim> openClaimsOnWaybill) implements ClaimCommand {

  /**
   * Validates the parts.
   *
   * @throws io.parcelclaims.value.InvalidValueException if a part breaks the rules above
   */
  public ReportClaim {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(claimant, "claimant");
    openClaimsOnWaybill = List.copyOf(openClaimsOnWaybill);
    Checks checks = new Checks();
    if (!claim.id().equals(header.claimId())) {
      checks.add("claim.id", "command.claim-id-differs", "must be the header's claim id " + header.claimId(), claim.id(), header.claimId());
    }
    if (!claimant.ref().equals(claim.claimant().party())) {
      checks.add("claimant.ref", "command.claimant-differs", "must be the claim's claimant " + claim.claimant().party(), claimant.ref());
    }
    checks.throwIfAny();
  }

  @Override
  public CommandKind kind() {
    return CommandKind.REPORT;
  }

  /** {@return the kind and ids, without personal data} */
  @Override
  public String toString() {
    return "ReportClaim[" + header().commandId() + " " + claim.id() + " by " + header().actor().id() + "]";
  }
}
