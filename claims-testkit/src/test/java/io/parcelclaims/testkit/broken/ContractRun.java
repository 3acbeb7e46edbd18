package io.parcelclaims.testkit.broken;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import io.parcelclaims.testkit.CompensationPolicyContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a class that signs {@link CompensationPolicyContract} on the jqwik engine in a nested launcher
 * and collects each property's result and jqwik's report (with the shrunk sample).
 */
final class ContractRun {
  /** One property's result. */
  record Result(String property, TestExecutionResult.Status status, Optional<Throwable> failure, List<String> reports) {
    boolean failed() {
      return status == TestExecutionResult.Status.FAILED;
    }

    String message() {
      return failure.map(Throwable::getMessage).orElse("");
    }

    String report() {
      return String.join("\n", reports);
    }
  }

  private ContractRun() {}

  /**
   * Runs every property of {@code signer}.
   *
   * @param signer a class implementing the contract
   * @param tries tries per property
   * @return the results by property method name, in the order they finished
   */
  static Map<String, Result> of(Class<? extends CompensationPolicyContract> signer, int tries) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(signer))
            .filters(includeEngines("jqwik"))
            .configurationParameter("jqwik.tries.default", Integer.toString(tries))
            // reports (with the shrunk sample) go to the listener instead of standard out
            .configurationParameter("jqwik.reporting.usejunitplatform", "true")
            // every run starts from a fresh seed, as on a fresh clone: a break must be found, not remembered
            .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
            .configurationParameter("jqwik.database", "target/jqwik-broken-policies.database")
            .build();
    Map<String, List<String>> reports = new LinkedHashMap<>();
    Map<String, Result> results = new LinkedHashMap<>();
    LauncherFactory.create()
        .execute(
            request,
            new TestExecutionListener() {
              @Override
              public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                name(id).ifPresent(n -> reports.computeIfAbsent(n, k -> new ArrayList<>()).add(entry.getKeyValuePairs().toString()));
              }

              @Override
              public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                name(id)
                    .ifPresent(
                        n -> results.put(n, new Result(n, result.getStatus(), result.getThrowable(), reports.getOrDefault(n, List.of()))));
              }
            });
    return results;
  }

  private static Optional<String> name(TestIdentifier id) {
    return id.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getMethodName());
  }
}
