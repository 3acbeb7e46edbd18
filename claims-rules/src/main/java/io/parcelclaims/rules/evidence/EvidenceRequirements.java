package io.parcelclaims.rules.evidence;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ReviewStatus;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule set's evidence requirements as data (docs/evidence.md): which evidence a claim needs in each
 * situation, under which conditions, and which of it the desk may waive.
 *
 * <p>{@link #check} answers with what is still missing and what may be waived, so that a desk asks
 * the claimant for exactly what is needed and no more. Requirements are kept in the order given.
 * Immutable and thread-safe when the requirements' conditions are.
 *
 * @since 0.1.0
 */
public final class EvidenceRequirements {
  private static final Pattern SDK_KIND = Pattern.compile("E(0[1-9]|1[0-9]|20)");

  private final PolicyId id;
  private final List<EvidenceRequirement> requirements;

  private EvidenceRequirements(PolicyId id, List<EvidenceRequirement> requirements) {
    this.id = id;
    this.requirements = List.copyOf(requirements);
  }

  /**
   * Starts a rule set.
   *
   * @param id the rule set's id, lowercase and dotted
   * @param version its version
   * @return a builder with no requirements
   * @throws io.parcelclaims.value.InvalidValueException if the id or version is malformed
   */
  public static Builder builder(String id, String version) {
    return new Builder(PolicyId.of(id, version));
  }

  /** {@return the rule set's id and version} */
  public PolicyId id() {
    return id;
  }

  /** {@return the requirements, in the order given} */
  public List<EvidenceRequirement> requirements() {
    return requirements;
  }

  /**
   * What evidence a claim still needs, in the situation {@link ClaimSituation#of} gives.
   *
   * @param claim the claim, with the evidence so far
   * @param context its context
   * @return the answer
   */
  public EvidenceAnswer check(Claim claim, AssessmentContext context) {
    return check(ClaimSituation.of(claim, context), claim, context);
  }

  /**
   * What evidence a claim still needs in a given situation.
   *
   * @param situation the situation, for a desk that has decided it
   * @param claim the claim, with the evidence so far
   * @param context its context
   * @return the answer
   */
  public EvidenceAnswer check(ClaimSituation situation, Claim claim, AssessmentContext context) {
    Objects.requireNonNull(situation, "situation");
    Map<EvidenceKind, EvidenceRequirement> byKind = new LinkedHashMap<>();
    for (EvidenceRequirement r : requirements) {
      if (r.covers(situation) && r.when().test(claim, context)) {
        EvidenceRequirement seen = byKind.get(r.kind());
        if (seen == null || (seen.need() == Need.WAIVABLE && r.need() == Need.REQUIRED)) {
          byKind.put(r.kind(), r);
        }
      }
    }
    List<EvidenceRequirement> applicable = new ArrayList<>();
    byKind.values().stream().filter(r -> r.need() == Need.REQUIRED).forEach(applicable::add);
    byKind.values().stream().filter(r -> r.need() == Need.WAIVABLE).forEach(applicable::add);
    List<EvidenceRequirement> provided = new ArrayList<>();
    List<EvidenceRequirement> missing = new ArrayList<>();
    List<EvidenceRequirement> waivable = new ArrayList<>();
    for (EvidenceRequirement r : applicable) {
      if (provided(claim, r.kind())) {
        provided.add(r);
      } else if (r.need() == Need.REQUIRED) {
        missing.add(r);
      } else {
        waivable.add(r);
      }
    }
    return new EvidenceAnswer(situation, applicable, missing, waivable, explain(situation, provided, missing, waivable));
  }

  private static boolean provided(Claim claim, EvidenceKind kind) {
    return claim.evidence().stream().anyMatch(e -> e.kind().equals(kind) && e.reviewStatus() != ReviewStatus.REJECTED);
  }

  private ExplanationStep explain(
      ClaimSituation situation,
      List<EvidenceRequirement> provided,
      List<EvidenceRequirement> missing,
      List<EvidenceRequirement> waivable) {
    ExplanationStep.Builder root =
        step(id, "explain.evidence.situation-" + kebab(situation.name()), MessageArg.days(missing.size()), MessageArg.days(waivable.size()));
    List<EvidenceRequirement> fromClaimant = missing.stream().filter(r -> r.from() == Submitter.CLAIMANT).toList();
    List<EvidenceRequirement> fromStaff = missing.stream().filter(r -> r.from() == Submitter.STAFF).toList();
    if (missing.isEmpty()) {
      root.addChildren(step(id, "explain.evidence.nothing-missing").build());
    }
    group(root, "explain.evidence.missing-from-claimant", fromClaimant);
    group(root, "explain.evidence.missing-from-staff", fromStaff);
    group(root, "explain.evidence.may-be-waived", waivable);
    group(root, "explain.evidence.provided", provided);
    return root.build();
  }

  private void group(ExplanationStep.Builder root, String key, List<EvidenceRequirement> rows) {
    if (rows.isEmpty()) {
      return;
    }
    ExplanationStep.Builder g = step(id, key);
    for (EvidenceRequirement r : rows) {
      String code = r.kind().code();
      String kindKey = SDK_KIND.matcher(code).matches() ? "explain.evidence.kind-" + code.toLowerCase(Locale.ROOT) : "explain.evidence.kind-other";
      g.addChildren(step(PolicyId.of(r.id(), id.version()), kindKey, MessageArg.code(code)).build());
    }
    root.addChildren(g.build());
  }

  private static ExplanationStep.Builder step(PolicyId rule, String key, MessageArg... args) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(rule).messageKey(key).addArguments(args);
  }

  private static String kebab(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return "EvidenceRequirements[" + id + ", " + requirements.size() + " requirements]";
  }

  /** Collects the requirements of an {@link EvidenceRequirements}; use once. */
  public static final class Builder {
    private final PolicyId id;
    private final List<EvidenceRequirement> requirements = new ArrayList<>();

    private Builder(PolicyId id) {
      this.id = id;
    }

    /**
     * Adds every requirement of another rule set, to build on it.
     *
     * @param base the rule set
     * @return this builder
     */
    public Builder from(EvidenceRequirements base) {
      requirements.addAll(base.requirements());
      return this;
    }

    /**
     * Removes the requirements of a kind added so far, to replace them.
     *
     * @param kind the evidence kind
     * @return this builder
     */
    public Builder without(EvidenceKind kind) {
      requirements.removeIf(r -> r.kind().equals(kind));
      return this;
    }

    /**
     * Adds a requirement.
     *
     * @param requirement the requirement
     * @return this builder
     */
    public Builder require(EvidenceRequirement requirement) {
      requirements.add(Objects.requireNonNull(requirement, "requirement"));
      return this;
    }

    /** {@return the rule set} */
    public EvidenceRequirements build() {
      return new EvidenceRequirements(id, requirements);
    }
  }
}
