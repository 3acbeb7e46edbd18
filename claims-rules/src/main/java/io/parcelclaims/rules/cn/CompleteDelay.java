package io.parcelclaims.rules.cn;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.InvestigationFinding;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.Outcome;
import io.parcelclaims.policy.Policies;
import io.parcelclaims.policy.PolicyId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Complete delay (彻底延误) of GB/T 27917 (2011): a parcel not delivered by the complete-delay limit
 * after the promised delivery time "may be treated as lost" (docs/claim-types.md, docs/worked-examples.md EX-09). Policy {@code
 * cn.gbt-27917.complete-delay}, version {@code 2011}, in force from 2012-05-01 with no end, and only
 * while both wrapped policies are (any claim may go to either): its period is the overlap of the
 * three. Whether GB/T 27917.3-2023 changed the limits is <b>unverified</b> (docs/claim-types.md, [U]).
 * docs/worked-examples.md calls it {@code GBT-27917-COMPLETE-DELAY}.
 *
 * <p>It wraps a loss policy and a delay policy. For a {@link ClaimType#LOSS} claim on an undelivered
 * parcel:
 *
 * <ul>
 *   <li>if the investigation found the parcel lost ({@link InvestigationFinding#LOST}), the loss is
 *       established and the loss policy decides;
 *   <li>if it found the carrier not liable ({@link InvestigationFinding#NOT_CARRIERS_LIABILITY}), the
 *       loss policy decides too, so that its defences (Civil Code Art. 832) answer;
 *   <li>else, from {@link #mayBeTreatedAsLostFrom} on (the claim's report date in the context's zone),
 *       the loss policy decides;
 *   <li>before that date the outcome is {@link Outcome#NOT_YET_DUE}, due on that date, with the delay
 *       policy's lines (the delay remedy is payable meanwhile);
 *   <li>without a promised time, or for a scope with no known limit, the outcome is {@link
 *       Outcome#NEEDS_EVIDENCE} with {@link EvidenceKind#COMPLETED_TRACE}: the loss must then be
 *       established by the investigation. No date is invented for an unknown limit.
 * </ul>
 *
 * <p>A {@link ClaimType#DELAY} claim goes to the delay policy; every other claim (damage, short
 * contents, a loss claim on a delivered parcel such as misdelivery) to the loss policy. The
 * assessment names this policy, and its explanation starts with this policy's step, showing the
 * dates, above the wrapped policy's explanation.
 *
 * <p>Limits, in calendar days from the promised date (docs/claim-types.md, GB/T 27917 (2011) [S]): same city
 * 3, domestic inter-city 7. Hong Kong, Macao, Taiwan and international have <b>no known limit</b>
 * ([U]); set one with {@link Builder#limit}. The period does not shift over holidays: it is a
 * standard's service interval, not a civil-law period. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CompleteDelay implements CompensationPolicy {
  /** The policy id. */
  public static final String ID = "cn.gbt-27917.complete-delay";

  /** The policy version: GB/T 27917 (2011). */
  public static final String VERSION = "2011";

  /** Same-city complete-delay limit, calendar days (docs/claim-types.md [S]). */
  public static final int SAME_CITY_DAYS = 3;

  /** Domestic inter-city complete-delay limit, calendar days (docs/claim-types.md [S]). */
  public static final int DOMESTIC_INTER_CITY_DAYS = 7;

  private final PolicyId id = PolicyId.of(ID, VERSION);
  private final EffectivePeriod period;
  private final CompensationPolicy loss;
  private final CompensationPolicy delay;
  private final Map<ServiceScope, Integer> limits;
  private final boolean reachingTheLimitCounts;

  private CompleteDelay(Builder b) {
    this.loss = b.loss;
    this.delay = b.delay;
    this.limits = new EnumMap<>(b.limits);
    this.reachingTheLimitCounts = b.reachingTheLimitCounts;
    this.period = overlap(EffectivePeriod.from(GbT27917.IN_FORCE_FROM), loss.period(), delay.period());
  }

  /** The days all three periods share: a claim governed on any other day would reach a policy not in force. */
  private static EffectivePeriod overlap(EffectivePeriod... periods) {
    LocalDate from = periods[0].from();
    Optional<LocalDate> until = Optional.empty();
    for (EffectivePeriod p : periods) {
      from = p.from().isAfter(from) ? p.from() : from;
      if (p.until().isPresent() && (until.isEmpty() || p.until().get().isBefore(until.get()))) {
        until = p.until();
      }
    }
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("the loss and delay policies are never in force together with " + ID + ": " + List.of(periods));
    }
    return new EffectivePeriod(from, until);
  }

  /**
   * Starts a complete-delay policy around a loss and a delay policy.
   *
   * @param loss the policy that pays a loss
   * @param delay the policy that pays the delay remedy, such as {@link GbT27917#delay()}
   * @return a builder with the known limits set and an inclusive boundary
   */
  public static Builder builder(CompensationPolicy loss, CompensationPolicy delay) {
    return new Builder(loss, delay);
  }

  /**
   * The complete-delay policy with the known limits and an inclusive boundary.
   *
   * @param loss the policy that pays a loss
   * @param delay the policy that pays the delay remedy
   * @return the policy
   * @throws IllegalArgumentException if the two policies are never in force together from 2012-05-01
   */
  public static CompleteDelay of(CompensationPolicy loss, CompensationPolicy delay) {
    return builder(loss, delay).build();
  }

  @Override
  public PolicyId id() {
    return id;
  }

  /** {@return the overlap of 2012-05-01 onwards with the wrapped policies' periods} */
  @Override
  public EffectivePeriod period() {
    return period;
  }

  /**
   * The complete-delay limit of a scope, in calendar days.
   *
   * @param scope the service scope
   * @return the limit, or empty when none is known or set
   */
  public Optional<Integer> limitDays(ServiceScope scope) {
    return Optional.ofNullable(limits.get(scope));
  }

  /**
   * The first day on which an undelivered parcel may be treated as lost: the promised delivery date
   * (in {@code zone}) plus the scope's limit in calendar days, the start day not counted; one day
   * later when reaching the limit does not count. Whether the parcel was delivered is not looked at.
   *
   * @param shipment the shipment
   * @param zone the zone in which the promised time becomes a date
   * @return the date, or empty when the shipment has no promised time or its scope no known limit
   */
  public Optional<LocalDate> mayBeTreatedAsLostFrom(Shipment shipment, ZoneId zone) {
    Objects.requireNonNull(shipment, "shipment");
    Objects.requireNonNull(zone, "zone");
    Integer days = limits.get(shipment.scope());
    if (days == null || shipment.promisedBy().isEmpty()) {
      return Optional.empty();
    }
    LocalDate promised = shipment.promisedBy().get().atZone(zone).toLocalDate();
    return Optional.of(promised.plusDays(days + (reachingTheLimitCounts ? 0L : 1L)));
  }

  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    Policies.requireInForce(this, context);
    Shipment shipment = claim.shipment();
    if (claim.type() == ClaimType.DELAY) {
      return wrap(delay.assess(claim, context), step("explain.cn.complete-delay.delay-claim"));
    }
    if (claim.type() != ClaimType.LOSS || shipment.deliveredAt().isPresent()) {
      return wrap(loss.assess(claim, context), step("explain.cn.complete-delay.not-undelivered-loss"));
    }
    if (context.finding().filter(InvestigationFinding.LOST::equals).isPresent()) {
      return wrap(loss.assess(claim, context), step("explain.cn.complete-delay.found-lost"));
    }
    if (context.finding().filter(InvestigationFinding.NOT_CARRIERS_LIABILITY::equals).isPresent()) {
      return wrap(loss.assess(claim, context), step("explain.cn.complete-delay.found-not-liable"));
    }
    Optional<LocalDate> lostFrom = mayBeTreatedAsLostFrom(shipment, context.zone());
    if (lostFrom.isEmpty()) {
      ExplanationStep.Builder s =
          shipment.promisedBy().isEmpty()
              ? step("explain.cn.complete-delay.no-promised-time")
              : step("explain.cn.complete-delay.no-limit", MessageArg.code(shipment.scope().name()));
      return Assessment.builder()
          .policy(id)
          .outcome(Outcome.NEEDS_EVIDENCE)
          .addMissingEvidence(EvidenceKind.COMPLETED_TRACE)
          .currency(shipment.currency())
          .explanation(s.build())
          .build();
    }
    LocalDate promised = shipment.promisedBy().get().atZone(context.zone()).toLocalDate();
    LocalDate reported = claim.reportedAt().atZone(context.zone()).toLocalDate();
    MessageArg[] args = {
      MessageArg.date(promised),
      MessageArg.days(limits.get(shipment.scope())),
      MessageArg.date(lostFrom.get()),
      MessageArg.date(reported)
    };
    if (!reported.isBefore(lostFrom.get())) {
      return wrap(loss.assess(claim, context), step("explain.cn.complete-delay.treated-as-lost", args));
    }
    Assessment meanwhile = delay.assess(claim, context);
    return Assessment.builder()
        .policy(id)
        .outcome(Outcome.NOT_YET_DUE)
        .dueOn(lostFrom.get())
        .currency(shipment.currency())
        .addAllLines(meanwhile.isPayable() ? meanwhile.lines() : java.util.List.of())
        .explanation(step("explain.cn.complete-delay.not-yet-lost", args).addChildren(meanwhile.explanation()).build())
        .build();
  }

  private ExplanationStep.Builder step(String key, MessageArg... args) {
    ExplanationStep.Builder b = ExplanationStep.builder();
    return b.rule(id).messageKey(key).addArguments(args);
  }

  /** The wrapped policy's assessment, named as this policy's, with this policy's step on top. */
  private Assessment wrap(Assessment inner, ExplanationStep.Builder top) {
    Assessment.Builder b = Assessment.builder();
    b.policy(id)
        .outcome(inner.outcome())
        .addAllDenialReasons(inner.denialReasons())
        .addAllMissingEvidence(inner.missingEvidence())
        .dueOn(inner.dueOn())
        .addAllLines(inner.lines())
        .currency(inner.currency())
        .explanation(top.addChildren(inner.explanation()).build())
        .alternative(inner.alternative());
    return b.build();
  }

  @Override
  public String toString() {
    return "CompleteDelay[" + id + " " + limits + ", around " + loss.id() + " and " + delay.id() + "]";
  }

  /** Sets the parameters of a {@link CompleteDelay}; use once. */
  public static final class Builder {
    private final CompensationPolicy loss;
    private final CompensationPolicy delay;
    private final Map<ServiceScope, Integer> limits = new EnumMap<>(ServiceScope.class);
    private boolean reachingTheLimitCounts = true;

    private Builder(CompensationPolicy loss, CompensationPolicy delay) {
      this.loss = Objects.requireNonNull(loss, "loss");
      this.delay = Objects.requireNonNull(delay, "delay");
      limits.put(ServiceScope.SAME_CITY, SAME_CITY_DAYS);
      limits.put(ServiceScope.DOMESTIC_INTER_CITY, DOMESTIC_INTER_CITY_DAYS);
    }

    /**
     * Sets the complete-delay limit of a scope. The limits for {@link
     * ServiceScope#HONG_KONG_MACAO_TAIWAN} and {@link ServiceScope#INTERNATIONAL} are
     * <b>unverified</b> (docs/claim-types.md, [U]: not found in any readable source) and have no default; a
     * carrier that sets one chooses it.
     *
     * @param scope the scope
     * @param days calendar days from the promised date, not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Builder limit(ServiceScope scope, int days) {
      if (days < 0) {
        throw new IllegalArgumentException("limit must not be negative: " + days);
      }
      limits.put(Objects.requireNonNull(scope, "scope"), days);
      return this;
    }

    /**
     * Whether reaching the limit counts (elapsed ≥ limit) or only exceeding it (elapsed &gt; limit);
     * docs/worked-examples.md EX-09: carrier's choice, inclusive by default.
     *
     * @param value true (the default) when the limit day itself counts
     * @return this builder
     */
    public Builder reachingTheLimitCounts(boolean value) {
      this.reachingTheLimitCounts = value;
      return this;
    }

    /**
     * The policy, in force where GB/T 27917 and both wrapped policies are.
     *
     * @return the policy
     * @throws IllegalArgumentException if the wrapped policies are never in force together from
     *     2012-05-01
     */
    public CompleteDelay build() {
      return new CompleteDelay(this);
    }
  }
}
