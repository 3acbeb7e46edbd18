package io.parcelclaims.rules.timebar;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.policy.TimeBarAnswer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Too early for a loss claim on an undelivered parcel before the day it may be treated as lost; a
 * loss the investigation found, a delivered parcel and other claim types are not held back.
 */
final class LossWaitingPeriod implements TimeBar {
  private final PolicyId id;
  private final String keyPrefix;
  private final BiFunction<Shipment, ZoneId, Optional<LocalDate>> lostFrom;

  LossWaitingPeriod(PolicyId id, String keyPrefix, BiFunction<Shipment, ZoneId, Optional<LocalDate>> lostFrom) {
    this.id = id;
    this.keyPrefix = keyPrefix;
    this.lostFrom = lostFrom;
  }

  @Override
  public PolicyId id() {
    return id;
  }

  @Override
  public TimeBarAnswer check(Claim claim, AssessmentContext context) {
    if (claim.type() != ClaimType.LOSS || claim.shipment().deliveredAt().isPresent()) {
      return TimeBarAnswer.notLimited(ClaimWindows.step(id, "explain.timebar.loss-wait-not-applicable").build());
    }
    if (context.finding().filter(InvestigationFinding.LOST::equals).isPresent()) {
      return TimeBarAnswer.notLimited(ClaimWindows.step(id, "explain.timebar.loss-established").build());
    }
    Optional<LocalDate> from = lostFrom.apply(claim.shipment(), context.zone());
    if (from.isEmpty()) {
      return TimeBarAnswer.notLimited(ClaimWindows.step(id, keyPrefix + "-unknown").build());
    }
    LocalDate reported = claim.reportedAt().atZone(context.zone()).toLocalDate();
    MessageArg[] args = {MessageArg.date(reported), MessageArg.date(from.get())};
    if (reported.isBefore(from.get())) {
      return TimeBarAnswer.tooEarly(from.get(), ClaimWindows.step(id, keyPrefix + "-too-early", args).build());
    }
    return TimeBarAnswer.notLimited(ClaimWindows.step(id, keyPrefix + "-may-claim", args).build());
  }

  @Override
  public String toString() {
    return "LossWaitingPeriod[" + id + "]";
  }
}
