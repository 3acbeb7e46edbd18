package io.parcelclaims.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's layers hold: the rules of {@link LayerRules} over the main classes of every module
 * (claims-core, claims-rules, claims-testkit and these examples), read from where this test run
 * loads them, test classes left out.
 */
class ArchitectureTest {
  private static final String ROOT = "io.parcelclaims";

  /** What a ready rule, a policy author or an arbitrary may import from claims-core: the SPI and below. */
  private static final Set<String> SPI =
      Set.of("value", "money", "calendar", "claim", "message", "policy", "servicelevel");

  /**
   * The allowed arrows of EVERY package (relative to {@code io.parcelclaims}): package to the
   * packages it may import. An arrow not here fails {@link #every_arrow_is_in_the_table}; a new
   * package must be added here first. Keep it in the order of the layers, lowest first.
   */
  static final Map<String, Set<String>> ARROWS = table(
      // claims-core: the ground
      "value", Set.of(),
      "money", Set.of("value"),
      "internal", Set.of("value", "money"),
      "calendar", Set.of("value", "internal"),
      // the nouns, then the SPI that reads them
      "claim", Set.of("value", "money", "internal"),
      // the words of explanations and notices, shared by policy and notice
      "message", Set.of("money"),
      "policy", Set.of("value", "money", "internal", "claim", "message"),
      "servicelevel", Set.of("value", "internal", "calendar"),
      // the workflow: events, the commands that produce them, the engine
      "workflow.event", Set.of("value", "money", "claim", "policy", "servicelevel"),
      "workflow.command", Set.of("value", "money", "internal", "claim", "policy", "workflow.event"),
      "workflow", Set.of("value", "money", "internal", "calendar", "claim", "message", "policy", "servicelevel",
          "workflow.command", "workflow.event"),
      // what reads the workflow's events: notices to claimants and the stored form
      "notice", Set.of("value", "money", "calendar", "claim", "message", "policy", "servicelevel", "workflow.event"),
      "stored", Set.of("value", "money", "calendar", "claim", "message", "policy", "servicelevel", "workflow.event"),
      // claims-rules: built only on the SPI; families may build on the Chinese and convention rules
      "rules.cn", SPI,
      "rules.intl", SPI,
      "rules.evidence", SPI,
      "rules.recovery", SPI,
      "rules.standing", SPI,
      "rules.servicelevel", SPI,
      "rules.carrier", plus(SPI, "rules.cn"),
      "rules.timebar", plus(SPI, "rules.cn", "rules.intl"),
      // the regime chooser names the Chinese and convention policies it picks between
      "rules.regime", plus(SPI, "rules.cn", "rules.intl"),
      "rules", plus(SPI, "rules.cn", "rules.intl", "rules.evidence", "rules.recovery",
          "rules.standing", "rules.servicelevel", "rules.carrier", "rules.timebar", "rules.regime"),
      // claims-testkit: arbitraries over the SPI; the workflow tester over the whole engine
      "testkit.internal", SPI,
      "testkit", plus(SPI, "workflow", "testkit.internal"),
      "testkit.workflow", plus(SPI, "notice", "workflow", "workflow.command", "workflow.event",
          "testkit", "testkit.internal"),
      // claims-examples: a policy author's tariff (SPI only) and the event store (stored forms)
      "examples.tariff", SPI,
      "examples.storage", Set.of("value", "claim", "workflow.event", "stored"));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    List<URL> locations = Stream.of(
            io.parcelclaims.money.Money.class,
            io.parcelclaims.rules.Presets.class,
            io.parcelclaims.testkit.ClaimArbitraries.class,
            io.parcelclaims.examples.tariff.CourierTariff.class)
        .map(type -> type.getProtectionDomain().getCodeSource().getLocation())
        .toList();
    classes = new ClassFileImporter().importUrls(locations);
    assertTrue(classes.size() > 200, "imported only " + classes.size() + " classes from " + locations);
  }

  @Test
  void money_and_value_depend_on_nothing_above_them() {
    LayerRules.moneyAndValueDependOnNothingAbove(ROOT).check(classes);
  }

  @Test
  void claim_knows_neither_policy_nor_workflow() {
    LayerRules.claimKnowsNeitherPolicyNorWorkflow(ROOT).check(classes);
  }

  @Test
  void policy_knows_not_the_workflow() {
    LayerRules.policyKnowsNotTheWorkflow(ROOT).check(classes);
  }

  @Test
  void no_package_cycles() {
    LayerRules.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void internal_packages_stay_in_their_module() {
    LayerRules.internalStaysInItsModule(ROOT).check(classes);
  }

  @Test
  void every_arrow_is_in_the_table() {
    LayerRules.onlyAllowedArrows(ROOT, ARROWS).check(classes);
  }

  @Test
  void every_package_in_the_table_exists() {
    Set<String> packages = new TreeSet<>();
    classes.forEach(type -> packages.add(LayerRules.relative(ROOT, type.getPackageName())));
    Set<String> stale = new TreeSet<>(ARROWS.keySet());
    stale.removeAll(packages);
    assertTrue(stale.isEmpty(), () -> "the arrow table names packages that no longer exist: " + stale);
  }

  @Test
  void every_arrow_of_the_table_points_at_a_package_of_the_table() {
    ARROWS.forEach((from, to) -> assertTrue(ARROWS.keySet().containsAll(to),
        () -> from + " may import unknown packages " + to));
  }

  @Test
  void the_table_itself_allows_no_cycle() {
    // a table allowing a -> b and b -> a would leave the cycle rule as the only guard
    for (String start : ARROWS.keySet()) {
      Set<String> reached = new TreeSet<>();
      List<String> todo = new ArrayList<>(ARROWS.get(start));
      while (!todo.isEmpty()) {
        String next = todo.remove(todo.size() - 1);
        assertTrue(!next.equals(start), () -> "the table allows a cycle through " + start);
        if (reached.add(next)) {
          todo.addAll(ARROWS.getOrDefault(next, Set.of()));
        }
      }
    }
  }

  /** {@return the packages with the others added} */
  private static Set<String> plus(Set<String> packages, String... others) {
    Set<String> all = new TreeSet<>(packages);
    all.addAll(List.of(others));
    return all;
  }

  /** {@return the table from alternating package names and sets of packages} */
  static Map<String, Set<String>> table(Object... packagesAndArrows) {
    Map<String, Set<String>> table = new TreeMap<>();
    for (int i = 0; i < packagesAndArrows.length; i += 2) {
      String from = (String) packagesAndArrows[i];
      @SuppressWarnings("unchecked")
      Set<String> to = (Set<String>) packagesAndArrows[i + 1];
      if (table.put(from, Set.copyOf(new TreeSet<>(to))) != null) {
        throw new IllegalArgumentException("package " + from + " is twice in the table");
      }
    }
    return Map.copyOf(table);
  }
}
