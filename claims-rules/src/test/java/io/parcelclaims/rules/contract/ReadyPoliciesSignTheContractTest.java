package io.parcelclaims.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.Presets;
import io.parcelclaims.testkit.CompensationPolicyContract;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every ready policy of {@link Presets#all()} signs the testkit's contract with a class in this
 * package. A new preset fails this test until its class (a {@code policy()} and its promises) is
 * added here.
 */
class ReadyPoliciesSignTheContractTest {
  static final List<CompensationPolicyContract> SIGNED =
      List.of(
          new PostalLawContractProperties(),
          new InsuredProportionalContractProperties(),
          new GbT27917ContractProperties(),
          new GbT27917DelayContractProperties(),
          new CompleteDelayContractProperties(),
          new CivilCodeExpressContractProperties(),
          new SfDomesticCurrentContractProperties(),
          new SfDomesticCopyAContractProperties(),
          new SfDomesticCopyBContractProperties(),
          new SfDomesticCopyCContractProperties(),
          new SfInternationalContractProperties(),
          new EmsDomesticContractProperties(),
          new EmsInternationalContractProperties(),
          new YtoContractProperties(),
          new Mc99Cargo17ContractProperties(),
          new Mc99Cargo19ContractProperties(),
          new Mc99Cargo22ContractProperties(),
          new Mc99Cargo26ContractProperties(),
          new CmrContractProperties(),
          new WarsawHagueContractProperties());

  @Test
  void every_ready_policy_has_a_contract_class_and_no_class_tests_a_policy_that_is_not_ready() {
    Set<String> ready = ids(Presets.all());

    Set<String> signed = ids(SIGNED.stream().map(CompensationPolicyContract::policy).toList());

    assertEquals(ready, signed);
  }

  private static Set<String> ids(List<CompensationPolicy> policies) {
    return policies.stream().map(p -> p.id().toString()).collect(Collectors.toCollection(TreeSet::new));
  }
}
