package io.parcelclaims.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SDK's layers as ArchUnit rules over the packages under one root.
 *
 * <p>Every rule takes the root package, so the same rule runs against the SDK
 * ({@code io.parcelclaims}) and against a fixture that breaks it ({@code io.parcelclaims.archfixture}):
 * a rule that cannot fail proves nothing. Package names in tables are relative to the root
 * ({@code "workflow.event"} for {@code io.parcelclaims.workflow.event}).
 */
final class LayerRules {
  /** The modules whose {@code internal} packages other modules must not use, by relative prefix. */
  static final List<String> MODULE_PREFIXES = List.of("rules", "testkit", "examples");

  /** The module that holds every package no other prefix claims. */
  static final String CORE = "core";

  private LayerRules() {}

  /**
   * Money and validation depend on nothing above them: {@code money} and {@code value} use only each
   * other (and the JDK) among the root's packages.
   */
  static ArchRule moneyAndValueDependOnNothingAbove(String root) {
    String money = root + ".money";
    String value = root + ".value";
    return noClasses()
        .that().resideInAnyPackage(money, value)
        .should().dependOnClassesThat(
            DescribedPredicate.describe(
                "reside under " + root + " outside " + money + " and " + value,
                (JavaClass target) -> {
                  String pkg = target.getBaseComponentType().getPackageName();
                  return isUnder(root, pkg) && !pkg.equals(money) && !pkg.equals(value);
                }))
        .because("money and validation are the ground every other package stands on");
  }

  /** The nouns a carrier builds ({@code claim}) know neither the policy SPI nor the workflow. */
  static ArchRule claimKnowsNeitherPolicyNorWorkflow(String root) {
    return noClasses()
        .that().resideInAPackage(root + ".claim..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".policy..", root + ".workflow..")
        .because("a claim is what a carrier builds; policies and the workflow read it, never the reverse");
  }

  /** The policy SPI does not depend on the workflow that runs it. */
  static ArchRule policyKnowsNotTheWorkflow(String root) {
    return noClasses()
        .that().resideInAPackage(root + ".policy..")
        .should().dependOnClassesThat().resideInAPackage(root + ".workflow..")
        .because("a policy author implements the SPI without the engine that calls it");
  }

  /** No two packages under the root depend on each other, directly or through others. */
  static ArchRule noPackageCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .namingSlices("$1")
        .should().beFreeOfCycles()
        .because("a package cycle makes two packages one, whatever their names say");
  }

  /**
   * An {@code internal} package is used only from its own module. A package belongs to the module
   * named by its first relative segment when that is one of {@link #MODULE_PREFIXES}, else to
   * {@link #CORE}.
   */
  static ArchRule internalStaysInItsModule(String root) {
    return classes()
        .that().resideInAPackage(root + "..")
        .should(new ArchCondition<JavaClass>("use no internal package of another module") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            String from = relative(root, origin.getPackageName());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
              String pkg = dependency.getTargetClass().getBaseComponentType().getPackageName();
              if (!isUnder(root, pkg)) {
                continue;
              }
              String to = relative(root, pkg);
              if (isInternal(to) && !moduleOf(to).equals(moduleOf(from))) {
                events.add(SimpleConditionEvent.violated(dependency,
                    moduleOf(from) + " uses " + moduleOf(to) + "'s " + to + ": "
                        + dependency.getDescription()));
              }
            }
          }
        })
        .because("internal packages are not exported; a qualified export is the only way in");
  }

  /**
   * Every package under the root is in the table, and imports only the packages the table allows it
   * (its own package is always allowed).
   *
   * @param arrows package to the packages it may import, all relative to the root
   */
  static ArchRule onlyAllowedArrows(String root, Map<String, Set<String>> arrows) {
    return classes()
        .that().resideInAPackage(root + "..")
        .should(new ArchCondition<JavaClass>("import only the packages the arrow table allows") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            String from = relative(root, origin.getPackageName());
            Set<String> allowed = arrows.get(from);
            if (allowed == null) {
              events.add(SimpleConditionEvent.violated(origin,
                  "package " + from + " (of " + origin.getName() + ") is not in the arrow table"));
              return;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
              String pkg = dependency.getTargetClass().getBaseComponentType().getPackageName();
              if (!isUnder(root, pkg)) {
                continue;
              }
              String to = relative(root, pkg);
              if (!to.equals(from) && !allowed.contains(to)) {
                events.add(SimpleConditionEvent.violated(dependency,
                    "arrow " + from + " -> " + to + " is not in the table: "
                        + dependency.getDescription()));
              }
            }
          }
        })
        .because("every arrow between packages is a decision, written down in the table");
  }

  /** {@return the module a relative package belongs to} */
  static String moduleOf(String relativePackage) {
    String first = relativePackage.split("\\.", -1)[0];
    return MODULE_PREFIXES.contains(first) ? first : CORE;
  }

  private static boolean isInternal(String relativePackage) {
    return List.of(relativePackage.split("\\.", -1)).contains("internal");
  }

  /** {@return whether a package is the root or below it} */
  static boolean isUnder(String root, String pkg) {
    return pkg.equals(root) || pkg.startsWith(root + ".");
  }

  /** {@return the package relative to the root; the root itself is {@code ""}} */
  static String relative(String root, String pkg) {
    return pkg.equals(root) ? "" : pkg.substring(root.length() + 1);
  }
}
