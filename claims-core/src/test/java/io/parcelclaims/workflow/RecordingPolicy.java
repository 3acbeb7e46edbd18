package io.parcelclaims.workflow;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.servicelevel.ServiceLevels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fixtures' tariff, keeping every context it was given, for tests of what reaches a policy. */
final class RecordingPolicy implements CompensationPolicy {
  private final CompensationPolicy tariff =
      WorkflowFixtures.tariff("2024.1", EffectivePeriod.from(LocalDate.of(2024, 1, 1)));
  private final List<AssessmentContext> seen = new ArrayList<>();

  @Override
  public PolicyId id() {
    return tariff.id();
  }

  @Override
  public EffectivePeriod period() {
    return tariff.period();
  }

  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    seen.add(context);
    return tariff.assess(claim, context);
  }

  /** {@return the last context given} */
  AssessmentContext last() {
    return seen.get(seen.size() - 1);
  }

  /** {@return a workflow that assesses with this policy} */
  ClaimWorkflow workflow() {
    return ClaimWorkflow.of(PolicyCatalogue.of("test.sf-b", List.of(this)), ServiceLevels.defaults(),
        WorkflowFixtures.calendar());
  }
}
