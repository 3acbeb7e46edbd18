package io.parcelclaims.testkit.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each deliberately broken policy, run against the contract in a nested launcher: the property it
 * breaks fails (and, where the break is only that one, no other), with the shrunk claim and context
 * in the failure message and jqwik's shrunk sample in its report.
 *
 * <p>The signers are named {@code *Contract}, not {@code *Properties}, so that Surefire never runs
 * them on their own: they fail on purpose, and only this test runs them.
 */
class BrokenPoliciesTest {
  private static final String NEGATIVE = "the_total_is_never_negative";
  private static final String CAP = "the_capped_total_never_exceeds_the_promised_cap";
  private static final String CURRENCY = "lines_keep_the_claims_currency";
  private static final String MONOTONE = "more_declared_value_or_more_loss_never_pays_less_where_promised";
  private static final String SAME_INPUT = "the_same_input_gives_an_equal_assessment_and_explanation";
  private static final String EXPLAINED = "every_denial_and_every_reduction_has_an_explaining_step";
  private static final String PERIOD = "assessing_outside_the_effective_period_is_refused";

  private static final String ONE_MINOR_UNIT = "[A-Z]{3} (0\\.0*1|1)\\b";
  private static final String ZERO = "[A-Z]{3} 0(\\.0+)?\\b";

  /**
   * Enough tries that a break showing in one try of fifty (a huge amount through a double) is found
   * on every run (25 of 25 measured with fresh seeds).
   */
  private static final int TRIES = 500;

  /**
   * A threshold crossed by raising the assessed loss shows in about one try of a hundred (22 of 25
   * runs found it at 500 tries), so this run takes more.
   */
  private static final int THRESHOLD_TRIES = 3_000;

  @Test
  void a_policy_paying_above_its_cap_fails_with_the_smallest_counterexample() {
    Map<String, ContractRun.Result> run = ContractRun.of(PaysAboveItsCapContract.class, TRIES);

    assertOnlyFailing(run, CAP);
    ContractRun.Result cap = run.get(CAP);
    assertFailure(cap, "exceeds the promised cap", "(7 × the fee)");
    // shrunk to one minor unit over a cap of zero, in whichever currency the shrinking kept
    assertMatches(cap, "the capped total " + ONE_MINOR_UNIT + " exceeds the promised cap " + ZERO, "fee " + ZERO, "provedValue " + ONE_MINOR_UNIT);
  }

  @Test
  void a_policy_going_negative_fails_with_the_negative_total() {
    Map<String, ContractRun.Result> run = ContractRun.of(GoesNegativeContract.class, TRIES);

    ContractRun.Result negative = run.get(NEGATIVE);
    assertFailure(negative, "the total would be negative", "claim: ");
    assertMatches(negative, "must not total below zero \\(was [A-Z]{3} -1(\\.0+)?\\)");
  }

  @Test
  void a_policy_changing_currency_fails_naming_both_currencies() {
    Map<String, ContractRun.Result> run = ContractRun.of(ChangesCurrencyContract.class, TRIES);

    assertOnlyFailing(run, CURRENCY);
    ContractRun.Result currency = run.get(CURRENCY);
    assertFailure(currency, "but the assessment is in USD");
    assertMatches(currency, "the claim is in (?!USD)[A-Z]{3} but");
  }

  @Test
  void a_policy_paying_less_for_more_loss_fails_with_both_amounts() {
    Map<String, ContractRun.Result> run = ContractRun.of(PaysLessForMoreLossContract.class, THRESHOLD_TRIES);

    assertOnlyFailing(run, MONOTONE);
    assertFailure(run.get(MONOTONE), "when the assessed loss is ", "but only ", "breaking the promise: more of the assessed loss never pays less");
  }

  @Test
  void a_policy_denying_without_an_explaining_step_fails_naming_the_reason() {
    Map<String, ContractRun.Result> run = ContractRun.of(DeniesWithoutExplanationContract.class, TRIES);

    assertOnlyFailing(run, EXPLAINED);
    assertFailure(run.get(EXPLAINED), "denies for FORCE_MAJEURE but no chosen step names it", "defences [FORCE_MAJEURE]");
  }

  @Test
  void a_policy_with_a_hidden_mutable_field_fails_the_same_input_property() {
    Map<String, ContractRun.Result> run = ContractRun.of(HiddenMutableFieldContract.class, TRIES);

    assertOnlyFailing(run, SAME_INPUT);
    assertFailure(run.get(SAME_INPUT), "assessed the same input differently", "proved-value-with-goodwill");
  }

  @Test
  void a_policy_rounding_through_double_fails_on_an_amount_a_double_cannot_hold() {
    Map<String, ContractRun.Result> run = ContractRun.of(RoundsThroughDoubleContract.class, TRIES);

    assertOnlyFailing(run, CAP);
    ContractRun.Result cap = run.get(CAP);
    assertFailure(cap, "exceeds the promised cap", "(the proved value)");
    // the shrunk proved value is still beyond 2^53 minor units: below that a double holds every amount
    assertTrue(Pattern.compile("provedValue [A-Z]{3} \\d{13,}").matcher(cap.message()).find(), cap.message());
  }

  @Test
  void a_policy_ignoring_its_effective_period_fails_with_the_earliest_date() {
    Map<String, ContractRun.Result> run = ContractRun.of(IgnoresItsPeriodContract.class, TRIES);

    assertOnlyFailing(run, PERIOD);
    assertFailure(run.get(PERIOD), "is in force [2024-01-01, ) but assessed a claim governed on 2000-01-01", "accepted 1999-12-31T16:00:00Z");
  }

  @Test
  void a_policy_reducing_without_a_step_fails_with_the_smallest_reduction() {
    Map<String, ContractRun.Result> run = ContractRun.of(ReducesWithoutExplainingContract.class, TRIES);

    assertOnlyFailing(run, EXPLAINED);
    ContractRun.Result explained = run.get(EXPLAINED);
    assertFailure(explained, "is not the result of any chosen step");
    // 90% of two minor units, rounded down, is one: the smallest reduction there is
    assertMatches(explained, "line compensation of " + ONE_MINOR_UNIT + " is not", "provedValue [A-Z]{3} (0\\.0*2|2)\\b");
  }

  @Test
  void the_contract_has_the_seven_properties_of_issue_6() {
    Map<String, ContractRun.Result> run = ContractRun.of(PaysAboveItsCapContract.class, 10);

    assertEquals(new TreeSet<>(Set.of(NEGATIVE, CAP, CURRENCY, MONOTONE, SAME_INPUT, EXPLAINED, PERIOD)), new TreeSet<>(run.keySet()));
  }

  private static void assertOnlyFailing(Map<String, ContractRun.Result> run, String property) {
    Set<String> failing = run.values().stream().filter(ContractRun.Result::failed).map(ContractRun.Result::property).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(property), failing, () -> "failing: " + failing + "\n" + run.values().stream().filter(ContractRun.Result::failed).map(ContractRun.Result::message).collect(Collectors.joining("\n")));
  }

  private static void assertMatches(ContractRun.Result result, String... patterns) {
    for (String pattern : patterns) {
      assertTrue(Pattern.compile(pattern).matcher(result.message()).find(), () -> "expected /" + pattern + "/ in:\n" + result.message());
    }
  }

  private static void assertFailure(ContractRun.Result result, String... fragments) {
    assertTrue(result.failed(), () -> result.property() + " passed");
    for (String fragment : fragments) {
      assertTrue(result.message().contains(fragment), () -> "expected \"" + fragment + "\" in:\n" + result.message());
    }
    assertTrue(result.report().contains("Shrunk Sample"), () -> "no shrunk sample in the report:\n" + result.report());
  }

}
