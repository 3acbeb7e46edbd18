package io.parcelclaims.rules.standing;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.PartyRole;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.policy.StandingAnswer;
import io.parcelclaims.policy.StandingRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Standing as data: which claimant roles ({@link PartyRole}) may claim, per claim type, with
 * narrower rules that apply when a condition holds (such as an online purchase, where only the
 * seller may claim).
 *
 * <p>{@link #check} takes the first narrower rule whose condition holds, else the roles allowed for
 * the claim's type. The answer's step ({@link #messageKey()}, no arguments, naming the rule set's
 * basis; or the narrower rule's key) has beneath it one step saying whether the claimant's role may
 * claim ({@code explain.standing.sender-may-claim}, {@code recipient-may-not-claim}, ...). Immutable
 * and thread-safe when its conditions are.
 *
 * @since 0.1.0
 */
public final class RoleStanding implements StandingRule {
  private final PolicyId id;
  private final String messageKey;
  private final Map<ClaimType, Set<PartyRole>> allowed;
  private final List<Narrower> narrower;

  private record Narrower(String id, Condition when, Set<PartyRole> roles, String messageKey) {}

  private RoleStanding(Builder b) {
    this.id = b.id;
    this.messageKey = b.messageKey;
    Map<ClaimType, Set<PartyRole>> copy = new EnumMap<>(ClaimType.class);
    b.allowed.forEach((type, roles) -> copy.put(type, EnumSet.copyOf(roles)));
    this.allowed = copy;
    this.narrower = List.copyOf(b.narrower);
  }

  /**
   * Starts a standing rule; no role may claim until allowed.
   *
   * @param id the rule id, lowercase and dotted
   * @param version its version
   * @param messageKey the message key naming the rule set's basis (no arguments)
   * @return a builder
   * @throws io.parcelclaims.value.InvalidValueException if the id or version is malformed
   */
  public static Builder builder(String id, String version, String messageKey) {
    return new Builder(PolicyId.of(id, version), messageKey);
  }

  @Override
  public PolicyId id() {
    return id;
  }

  /** {@return the message key naming the rule set's basis} */
  public String messageKey() {
    return messageKey;
  }

  /**
   * The roles that may claim a claim of a type, before narrower rules.
   *
   * @param type the claim type
   * @return the roles, in declaration order; empty when none may
   */
  public Set<PartyRole> rolesFor(ClaimType type) {
    Set<PartyRole> roles = allowed.get(type);
    return roles == null ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  @Override
  public StandingAnswer check(Claim claim, AssessmentContext context) {
    Objects.requireNonNull(claim, "claim");
    PartyRole role = claim.claimant().role();
    for (Narrower n : narrower) {
      if (n.when().test(claim, context)) {
        return answer(PolicyId.of(n.id(), id.version()), n.messageKey(), n.roles().contains(role), role);
      }
    }
    return answer(id, messageKey, rolesFor(claim.type()).contains(role), role);
  }

  private StandingAnswer answer(PolicyId rule, String key, boolean entitled, PartyRole role) {
    String roleKey = role.name().toLowerCase(Locale.ROOT);
    ExplanationStep.Builder child = ExplanationStep.builder();
    child.rule(rule).messageKey("explain.standing." + roleKey + (entitled ? "-may-claim" : "-may-not-claim"));
    ExplanationStep.Builder top = ExplanationStep.builder();
    top.rule(rule).messageKey(key).addChildren(child.build());
    return entitled ? StandingAnswer.entitled(top.build()) : StandingAnswer.notEntitled(top.build());
  }

  @Override
  public String toString() {
    return "RoleStanding[" + id + " " + allowed + ", " + narrower.size() + " narrower rules]";
  }

  /** Collects the parts of a {@link RoleStanding}; use once. */
  public static final class Builder {
    private final PolicyId id;
    private final String messageKey;
    private final Map<ClaimType, Set<PartyRole>> allowed = new EnumMap<>(ClaimType.class);
    private final List<Narrower> narrower = new ArrayList<>();

    private Builder(PolicyId id, String messageKey) {
      this.id = id;
      this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    }

    /**
     * Lets these roles claim every type of claim.
     *
     * @param roles the roles
     * @return this builder
     */
    public Builder allow(PartyRole... roles) {
      for (ClaimType type : ClaimType.values()) {
        allow(type, roles);
      }
      return this;
    }

    /**
     * Lets these roles claim a type of claim.
     *
     * @param type the claim type
     * @param roles the roles
     * @return this builder
     */
    public Builder allow(ClaimType type, PartyRole... roles) {
      Objects.requireNonNull(type, "type");
      allowed.computeIfAbsent(type, t -> EnumSet.noneOf(PartyRole.class)).addAll(List.of(roles));
      return this;
    }

    /**
     * When a condition holds, only these roles may claim, whatever the type; tried in the order
     * added, before the roles per type.
     *
     * @param ruleId the narrower rule's id, lowercase and dotted
     * @param when when it applies
     * @param messageKey the message key naming its basis (no arguments)
     * @param roles the roles that may then claim
     * @return this builder
     * @throws io.parcelclaims.value.InvalidValueException if the rule id is malformed
     */
    public Builder onlyWhen(String ruleId, Condition when, String messageKey, PartyRole... roles) {
      PolicyId.of(ruleId, id.version());
      Set<PartyRole> set = EnumSet.noneOf(PartyRole.class);
      set.addAll(List.of(roles));
      narrower.add(
          new Narrower(ruleId, Objects.requireNonNull(when, "when"), set, Objects.requireNonNull(messageKey, "messageKey")));
      return this;
    }

    /** {@return the standing rule} */
    public RoleStanding build() {
      return new RoleStanding(this);
    }
  }
}
