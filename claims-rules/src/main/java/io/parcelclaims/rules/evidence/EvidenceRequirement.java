package io.parcelclaims.rules.evidence;

import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.Submitter;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One cell group of the evidence matrix (docs/evidence.md): an evidence kind, the situations in which a
 * rule set asks for it, how firmly, who provides it, and the condition under which it is asked.
 *
 * @param id the requirement's rule id, lowercase and dotted
 * @param kind the evidence kind
 * @param situations the situations in which it applies
 * @param need required or waivable
 * @param from who provides it: the claimant, or the carrier's staff (tracking, sign-off records,
 *     CCTV, inspection)
 * @param when the condition under which it applies ({@code always} for an unconditional cell)
 * @param source where the requirement comes from, for audits
 * @since 0.1.0
 */
public record EvidenceRequirement(
    String id,
    EvidenceKind kind,
    Set<ClaimSituation> situations,
    Need need,
    Submitter from,
    Condition when,
    String source) {

  /**
   * Validates the parts and copies the situations.
   *
   * @throws io.parcelclaims.value.InvalidValueException if the id is malformed
   */
  public EvidenceRequirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(situations, "situations");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(source, "source");
    PolicyId.of(id, "0");
    Set<ClaimSituation> copy = EnumSet.noneOf(ClaimSituation.class);
    copy.addAll(situations);
    situations = Collections.unmodifiableSet(copy);
  }

  /**
   * A requirement that always applies in its situations.
   *
   * @param id the rule id
   * @param kind the evidence kind
   * @param need required or waivable
   * @param from who provides it
   * @param source where it comes from
   * @param situations the situations
   * @return the requirement
   */
  public static EvidenceRequirement of(
      String id, EvidenceKind kind, Need need, Submitter from, String source, ClaimSituation... situations) {
    return new EvidenceRequirement(id, kind, Set.copyOf(List.of(situations)), need, from, Policies.always(), source);
  }

  /**
   * This requirement, applying only when a condition holds.
   *
   * @param condition the condition
   * @return a copy
   */
  public EvidenceRequirement onlyWhen(Condition condition) {
    return new EvidenceRequirement(id, kind, situations, need, from, condition, source);
  }

  /**
   * Whether it applies in a situation, before its condition.
   *
   * @param situation the situation
   * @return true if the situation is one of its own
   */
  public boolean covers(ClaimSituation situation) {
    return situations.contains(situation);
  }
}
