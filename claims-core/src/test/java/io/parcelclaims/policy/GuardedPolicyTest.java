package io.parcelclaims.policy;

import static io.parcelclaims.policy.Policies.provedValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.money.Money;
import io.parcelclaims.value.InvalidValueException;
import io.parcelclaims.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Standing rules and time bars in front of a policy. */
class GuardedPolicyTest {
  private static final CompensationPolicy TARIFF =
      Tariff.builder("test.tariff", "1")
          .effective(EffectivePeriod.from(LocalDate.of(2024, 1, 1)))
          .line(LineKind.COMPENSATION, Remedy.CASH, provedValue())
          .build();

  private static ExplanationStep step(String rule, String key) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(PolicyId.of(rule, "1")).messageKey(key).build();
  }

  private static TimeBar bar(String id, TimeBarAnswer answer, List<String> asked) {
    return new TimeBar() {
      @Override
      public PolicyId id() {
        return PolicyId.of(id, "1");
      }

      @Override
      public TimeBarAnswer check(io.parcelclaims.claim.Claim claim, AssessmentContext context) {
        asked.add(id);
        return answer;
      }
    };
  }

  private static StandingRule standing(String id, boolean entitled) {
    return new StandingRule() {
      @Override
      public PolicyId id() {
        return PolicyId.of(id, "1");
      }

      @Override
      public StandingAnswer check(io.parcelclaims.claim.Claim claim, AssessmentContext context) {
        return new StandingAnswer(entitled, step(id, "explain.standing"));
      }
    };
  }

  private static TimeBarAnswer barred(String rule, String lastDay, DenialReason reason) {
    return TimeBarAnswer.barred(LocalDate.parse(lastDay), reason, step(rule, "explain.barred"));
  }

  @Test
  void a_claimant_without_standing_is_denied_before_any_time_bar_is_asked() {
    // GIVEN
    List<String> asked = new ArrayList<>();
    CompensationPolicy guarded =
        GuardedPolicy.builder(TARIFF)
            .standing(standing("test.standing", false))
            .timeBar(bar("test.bar", barred("test.bar", "2025-05-11", DenialReason.TIME_BARRED), asked))
            .build();

    // WHEN
    Assessment a = guarded.assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    // THEN
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.NOT_ENTITLED_TO_CLAIM), a.denialReasons());
    assertEquals(List.of(), asked);
    assertEquals(List.of("test.tariff@1", "test.standing@1", "test.standing@1"), a.ruleIds());
    assertEquals("explain.denied", a.steps().get(2).messageKey());
    assertEquals(Money.of("CNY", "0.00"), a.total());
  }

  @Test
  void a_barred_claim_is_denied_with_each_reason_once_after_the_steps_of_every_bar() {
    // GIVEN two bars barring for the same reason and one in time
    List<String> asked = new ArrayList<>();
    CompensationPolicy guarded =
        GuardedPolicy.builder(TARIFF)
            .standing(standing("test.standing", true))
            .timeBar(bar("test.first", barred("test.first", "2025-05-11", DenialReason.TIME_BARRED_NOTICE), asked))
            .timeBar(bar("test.second", TimeBarAnswer.inTime(LocalDate.of(2025, 6, 1), step("test.second", "k")), asked))
            .timeBar(bar("test.third", barred("test.third", "2025-05-10", DenialReason.TIME_BARRED_NOTICE), asked))
            .build();

    // WHEN
    Assessment a = guarded.assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    // THEN
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.TIME_BARRED_NOTICE), a.denialReasons());
    assertEquals(List.of("test.first", "test.second", "test.third"), asked);
    assertEquals(
        List.of("test.tariff@1", "test.standing@1", "test.first@1", "test.second@1", "test.third@1", "test.first@1"),
        a.ruleIds());
    assertTrue(a.lines().isEmpty());
  }

  @Test
  void barred_wins_over_too_early() {
    // GIVEN
    List<String> asked = new ArrayList<>();
    CompensationPolicy guarded =
        GuardedPolicy.builder(TARIFF)
            .timeBar(bar("test.early", TimeBarAnswer.tooEarly(LocalDate.of(2025, 6, 1), step("test.early", "k")), asked))
            .timeBar(bar("test.late", barred("test.late", "2025-05-10", DenialReason.TIME_BARRED), asked))
            .build();

    // WHEN
    Assessment a = guarded.assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    // THEN
    assertEquals(Outcome.DENIED, a.outcome());
    assertEquals(List.of(DenialReason.TIME_BARRED), a.denialReasons());
    assertEquals(Optional.empty(), a.dueOn());
  }

  @Test
  void a_claim_too_early_is_not_yet_due_on_the_latest_date_and_pays_nothing() {
    // GIVEN
    List<String> asked = new ArrayList<>();
    CompensationPolicy guarded =
        GuardedPolicy.builder(TARIFF)
            .timeBar(bar("test.early", TimeBarAnswer.tooEarly(LocalDate.of(2025, 6, 1), step("test.early", "k")), asked))
            .timeBar(bar("test.later", TimeBarAnswer.tooEarly(LocalDate.of(2025, 6, 9), step("test.later", "k")), asked))
            .build();

    // WHEN
    Assessment a = guarded.assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    // THEN
    assertEquals(Outcome.NOT_YET_DUE, a.outcome());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 9)), a.dueOn());
    assertTrue(a.lines().isEmpty());
    assertEquals(List.of("test.tariff@1", "test.early@1", "test.later@1"), a.ruleIds());
  }

  @Test
  void a_claim_that_passes_is_priced_by_the_policy_with_the_guards_steps_first() {
    // GIVEN
    List<String> asked = new ArrayList<>();
    CompensationPolicy guarded =
        GuardedPolicy.builder(TARIFF)
            .standing(standing("test.standing", true))
            .timeBar(bar("test.bar", TimeBarAnswer.notLimited(step("test.bar", "k")), asked))
            .build();
    Assessment plain = TARIFF.assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    // WHEN
    Assessment a = guarded.assess(PolicyFixtures.uninsuredLoss("18.00"), PolicyFixtures.proved("780.00"));

    // THEN
    assertEquals(plain.outcome(), a.outcome());
    assertEquals(plain.lines(), a.lines());
    assertEquals(Money.of("CNY", "780.00"), a.total());
    List<String> expected = new ArrayList<>(List.of("test.tariff@1", "test.standing@1", "test.bar@1"));
    expected.addAll(plain.ruleIds().subList(1, plain.ruleIds().size()));
    assertEquals(expected, a.ruleIds());
    assertEquals(TARIFF.id(), guarded.id());
    assertEquals(TARIFF.period(), guarded.period());
  }

  @Test
  void an_answer_barred_without_a_reason_or_too_early_without_a_date_is_refused() {
    // GIVEN / WHEN
    InvalidValueException barred =
        assertThrows(
            InvalidValueException.class,
            () ->
                new TimeBarAnswer(
                    Timeliness.BARRED, Optional.of(LocalDate.of(2025, 5, 1)), Optional.empty(), step("r", "k")));
    InvalidValueException early =
        assertThrows(
            InvalidValueException.class,
            () ->
                new TimeBarAnswer(
                    Timeliness.TOO_EARLY, Optional.empty(), Optional.of(DenialReason.TIME_BARRED), step("r", "k")));

    // THEN
    assertEquals(List.of("reason"), barred.violations().stream().map(Violation::path).toList());
    assertEquals(List.of("date", "reason"), early.violations().stream().map(Violation::path).toList());
  }
}
