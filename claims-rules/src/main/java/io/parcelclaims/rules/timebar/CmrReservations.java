package io.parcelclaims.rules.timebar;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.TimeBar;
import io.parcelclaims.policy.TimeBarAnswer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * CMR Art. 30 reservations (docs/conventions.md, rev. 2026-12; §8 EX-27): a late reservation for loss or
 * damage is <b>not a bar</b>, only a delay claim is barred.
 *
 * <ul>
 *   <li>Loss or damage not apparent (damage, short contents): a written reservation within the
 *       window's days of delivery, Sundays and public holidays excepted, is in time. A later one, or
 *       none, does not bar the claim: taking delivery without it is only <i>prima facie</i> evidence
 *       that the goods were received in the condition described (a rebuttable presumption; the claim
 *       goes on, with the burden on the claimant). The answer is then in time with no last day, and
 *       its step ({@code explain.timebar.cmr-reservation-presumption}, arguments {@code {0}} the day
 *       the reservation was made, {@code {1}} the last day of the window) records the presumption
 *       above the window's step.
 *   <li>Delay: compensable only if a written reservation is sent within the window's days of the
 *       goods being placed at the consignee's disposal (Art. 30(3)); a later one is {@linkplain
 *       TimeBarAnswer#barred barred} with the windows' reason.
 *   <li>A total loss needs no reservation.
 * </ul>
 *
 * <p>Counting is the {@link ClaimWindows}' (the start day not counted). Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class CmrReservations implements TimeBar {
  private final ClaimWindows windows;
  private final String presumedWindow;

  CmrReservations(ClaimWindows windows, String presumedWindow) {
    this.windows = Objects.requireNonNull(windows, "windows");
    this.presumedWindow = Objects.requireNonNull(presumedWindow, "presumedWindow");
  }

  @Override
  public PolicyId id() {
    return windows.id();
  }

  /** {@return the windows counted: the loss-or-damage window first, then the delay window} */
  public ClaimWindows windows() {
    return windows;
  }

  /**
   * These reservations counted on another calendar, for example one with later years.
   *
   * @param other the calendar
   * @return a copy
   */
  public CmrReservations withCalendar(io.parcelclaims.calendar.BusinessCalendar other) {
    return new CmrReservations(windows.withCalendar(other), presumedWindow);
  }

  @Override
  public TimeBarAnswer check(Claim claim, AssessmentContext context) {
    TimeBarAnswer answer = windows.check(claim, context);
    Optional<Window> window = windows.windowFor(claim, context);
    if (!answer.isBarred() || window.isEmpty() || !window.get().id().equals(presumedWindow)) {
      return answer;
    }
    LocalDate last = answer.date().orElseThrow();
    LocalDate acted = windows.actedOn().dateOf(claim, context.zone());
    ExplanationStep.Builder b = ExplanationStep.builder();
    b.rule(id())
        .messageKey("explain.timebar.cmr-reservation-presumption")
        .addArguments(MessageArg.date(acted), MessageArg.date(last))
        .addAllChildren(answer.step().children());
    return TimeBarAnswer.notLimited(b.build());
  }

  @Override
  public String toString() {
    return "CmrReservations[" + windows + "]";
  }
}
