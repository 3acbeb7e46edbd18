package io.parcelclaims.rules.intl;

import static io.parcelclaims.policy.Policies.firstApplicable;
import static io.parcelclaims.policy.Policies.otherwise;
import static io.parcelclaims.policy.Policies.when;

import io.parcelclaims.claim.LineKind;
import io.parcelclaims.claim.Remedy;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.GoverningDate;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.Tariff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Montreal Convention 1999's cargo liability, one version per limit revision (docs/conventions.md). */
final class Montreal {
  private static final String P = "intl.mc99";
  private static final String LIMIT_STANDS = "explain.intl.mc99.art22-5-limit-stands";

  /** Wilful misconduct or intent or gross negligence: none of them breaks the cargo limit (Art. 22(5)). */
  private static final Condition CARRIERS_FAULT = ConventionParts.WILFUL_MISCONDUCT_OR_GROSS_NEGLIGENCE;

  private Montreal() {}

  static PolicyCatalogue catalogue(List<SdrLimitRevision> revisions) {
    List<SdrLimitRevision> sorted = new ArrayList<>(revisions);
    sorted.sort(Comparator.comparing(SdrLimitRevision::inForceFrom));
    List<CompensationPolicy> versions = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      SdrLimitRevision r = sorted.get(i);
      EffectivePeriod period =
          i + 1 < sorted.size()
              ? EffectivePeriod.between(r.inForceFrom(), sorted.get(i + 1).inForceFrom())
              : EffectivePeriod.from(r.inForceFrom());
      versions.add(version(r, period));
    }
    return PolicyCatalogue.of(Conventions.MONTREAL_CARGO, GoverningDate.ACCEPTANCE, versions);
  }

  private static CompensationPolicy version(SdrLimitRevision revision, EffectivePeriod period) {
    AmountRule actualLoss = ConventionParts.actualLoss(P + ".actual-loss");
    AmountRule perKg = new SdrPerKgLimit(P + ".per-kg-limit", revision.perKg(), WeightBasis.GROSS);
    AmountRule declared =
        new DeclaredSumLimit(
            P + ".art26.declared-sum",
            perKg,
            "explain.intl.mc99.declared-sum-raises",
            "explain.intl.mc99.declared-sum-cannot-lower");
    AmountRule liability =
        firstApplicable(
            P + ".liability",
            when(
                ConventionParts.SPECIAL_DECLARATION,
                ConventionCap.standsDespite(P + ".declared-sum-cap", actualLoss, declared, CARRIERS_FAULT, LIMIT_STANDS)),
            otherwise(ConventionCap.standsDespite(P + ".weight-cap", actualLoss, perKg, CARRIERS_FAULT, LIMIT_STANDS)));
    CompensationPolicy tariff =
        Tariff.builder(Conventions.MONTREAL_CARGO, revision.inForceFrom().toString())
            .effective(period)
            .line(LineKind.COMPENSATION, Remedy.CASH, liability)
            .build();
    return new ConventionPolicy(
        tariff,
        List.of(
            new ConventionPolicy.Exclusion(P + ".postal-item", ConventionParts.POSTAL_ITEM, "explain.intl.mc99.postal-item"),
            new ConventionPolicy.Exclusion(
                P + ".not-by-air", Policies.transportMode(TransportMode.AIR).negate(), "explain.intl.mc99.not-by-air")),
        P + ".applies",
        "explain.intl.mc99.applies",
        (claim, carriage) ->
            List.of(
                MessageArg.date(carriage),
                MessageArg.decimal(revision.perKg().units()),
                MessageArg.date(revision.inForceFrom())));
  }
}
