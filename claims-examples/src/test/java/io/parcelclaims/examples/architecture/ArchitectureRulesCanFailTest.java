package io.parcelclaims.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.parcelclaims.archfixture.money.FixtureMoney;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link LayerRules} can fail: each is evaluated against the fixture package
 * {@code io.parcelclaims.archfixture}, a miniature of the SDK's packages holding one wrong import
 * per rule, and must report that import, and only the wrong ones.
 */
class ArchitectureRulesCanFailTest {
  private static final String ROOT = "io.parcelclaims.archfixture";

  /** The fixture's own arrow table: the SDK's layers in small, without the fixture's wrong arrows. */
  private static final Map<String, Set<String>> FIXTURE_ARROWS = ArchitectureTest.table(
      "value", Set.of(),
      "money", Set.of("value"),
      "internal", Set.of("value", "money"),
      "claim", Set.of("value", "money", "internal"),
      "policy", Set.of("value", "money", "internal", "claim"),
      "workflow", Set.of("value", "money", "internal", "claim", "policy"),
      "rules", Set.of("value", "money", "claim", "policy"),
      "testkit.internal", Set.of("claim"),
      "testkit", Set.of("claim", "testkit.internal"));

  private static final Pattern ARROW = Pattern.compile("arrow (\\S+) -> (\\S+) is not in the table");

  private static JavaClasses fixture;

  @BeforeAll
  static void importFixture() throws URISyntaxException {
    Path testClasses =
        Path.of(FixtureMoney.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    fixture = new ClassFileImporter().importPath(testClasses.resolve("io/parcelclaims/archfixture"));
    assertTrue(fixture.size() >= 14, "imported only " + fixture.size() + " fixture classes");
  }

  @Test
  void money_or_value_importing_a_package_above_is_reported() {
    List<String> details = violations(LayerRules.moneyAndValueDependOnNothingAbove(ROOT));

    assertMentions(details, "money.FixtureMoney", "claim.FixtureClaim");
    assertMentions(details, "value.FixtureViolation", "policy.FixturePolicyId");
    // money -> value is allowed
    assertNoneMentions(details, "value.FixtureViolation>", "money.FixtureMoney.violation");
  }

  @Test
  void claim_importing_policy_or_workflow_is_reported() {
    List<String> details = violations(LayerRules.claimKnowsNeitherPolicyNorWorkflow(ROOT));

    assertMentions(details, "claim.FixtureSettlement", "policy.FixturePolicyId");
    assertMentions(details, "claim.FixtureClaimStatus", "workflow.FixtureDecision");
    assertNoneMentions(details, "policy.FixtureAssessment", "claim.FixtureClaim>");
  }

  @Test
  void policy_importing_the_workflow_is_reported() {
    List<String> details = violations(LayerRules.policyKnowsNotTheWorkflow(ROOT));

    assertMentions(details, "policy.FixtureRunsWorkflow", "workflow.FixtureDecision");
    // workflow -> policy is allowed, and so is policy -> claim
    assertNoneMentions(details, "workflow.FixtureDecision.assessment", "policy.FixtureAssessment.claim");
  }

  @Test
  void a_package_cycle_is_reported() {
    EvaluationResult result = LayerRules.noPackageCycles(ROOT).evaluate(fixture);
    // ArchUnit breaks a cycle's slices over lines; one space between words reads the same
    String report = String.join(" ", result.getFailureReport().getDetails()).replaceAll("\\s+", " ");

    assertTrue(result.hasViolation(), "the cycle rule reported nothing on the fixture");
    assertTrue(report.contains("Cycle detected: claim -> policy -> claim")
            || report.contains("Cycle detected: policy -> claim -> policy"),
        () -> "the claim/policy cycle is not reported:\n" + report);
    assertTrue(report.contains("FixtureSettlement.policy"), report);
    // the testkit's use of its own internal package is no cycle
    assertFalse(report.contains("testkit"), report);
  }

  @Test
  void an_internal_package_used_from_another_module_is_reported() {
    List<String> details = violations(LayerRules.internalStaysInItsModule(ROOT));

    assertEquals(1, details.size(), () -> String.join("\n", details));
    assertMentions(details, "rules uses core's internal", "rules.FixtureRule.checks");
    // the testkit's own internal package is its own module's
    assertNoneMentions(details, "testkit");
  }

  @Test
  void an_arrow_not_in_the_table_and_a_package_without_a_row_are_reported() {
    List<String> details = violations(LayerRules.onlyAllowedArrows(ROOT, FIXTURE_ARROWS));

    Set<String> arrows = new TreeSet<>();
    for (String detail : details) {
      Matcher arrow = ARROW.matcher(detail);
      if (arrow.find()) {
        arrows.add(arrow.group(1) + " -> " + arrow.group(2));
      }
    }
    assertEquals(
        Set.of("value -> policy", "money -> claim", "claim -> policy", "claim -> workflow",
            "policy -> workflow", "rules -> internal"),
        arrows);
    assertMentions(details, "package stray (of io.parcelclaims.archfixture.stray.FixtureStray)"
        + " is not in the arrow table");
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(fixture);
    assertTrue(result.hasViolation(), () -> "no violation reported by: " + rule.getDescription());
    return result.getFailureReport().getDetails();
  }

  private static void assertMentions(List<String> details, String... parts) {
    assertTrue(details.stream().anyMatch(line -> List.of(parts).stream().allMatch(line::contains)),
        () -> "no violation mentions " + List.of(parts) + " in:\n" + String.join("\n", details));
  }

  private static void assertNoneMentions(List<String> details, String... parts) {
    for (String part : parts) {
      assertTrue(details.stream().noneMatch(line -> line.contains(part)),
          () -> "a violation mentions " + part + ", which is allowed:\n" + String.join("\n", details));
    }
  }
}
