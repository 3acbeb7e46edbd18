package io.parcelclaims.rules.regime;

import io.parcelclaims.claim.Carrier;
import io.parcelclaims.claim.CarrierKind;
import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.policy.AssessmentInputs;
import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.policy.EffectivePeriod;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.policy.GoverningDate;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.PolicyCatalogue;
import io.parcelclaims.policy.PolicyId;
import io.parcelclaims.rules.cn.CivilCodeExpress;
import io.parcelclaims.rules.cn.PostalLaw;
import io.parcelclaims.rules.intl.Conventions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names the regime that governs a claim and assesses the claim with that regime's policy: the first
 * thing a claims desk must get right (docs/regimes.md, §5).
 *
 * <p>The choice reads the shipment's facts only: the {@linkplain Shipment#carrier() carrier}'s kind,
 * the {@linkplain Shipment#mailClass() mail class}, the transport mode and the countries of origin
 * and destination, with the {@link ConventionStates} the caller supplies (docs/README.md lists no member
 * states). The service scope is recorded as a fact but the countries decide: a shipment is
 * cross-border when origin and destination are in different countries (or territories, such as
 * {@code CN} and {@code HK}). In order:
 *
 * <ol>
 *   <li><b>Postal items</b> ({@link MailClass#POSTAL_RECEIPTED}, {@link MailClass#REGISTERED_LETTER})
 *       of a {@linkplain CarrierKind#POSTAL_OPERATOR postal operator}, or of an unnamed carrier,
 *       accepted in mainland China ({@code CN}): {@link Regime#POSTAL_LAW} (邮政法 Art. 45: Chapter 5
 *       governs the universal service's items; Art. 49 names international items too). The
 *       conventions never govern postal items (Montreal Art. 2(2), Warsaw Art. 2(2), CMR Art.
 *       1(4)(a)), so a cross-border postal item stays under the Postal Law; one accepted abroad has
 *       {@link Regime#NONE}.
 *   <li><b>Domestic</b> (both countries {@code CN}), any other item: {@link Regime#CIVIL_LAW}
 *       (邮政法 Art. 45(2), 59; 快递暂行条例 Art. 28; 民法典 Art. 832–833). China Post's own express
 *       products (EMS; mail class {@link MailClass#EXPRESS}) are here too: they are outside the
 *       universal service (docs/regimes.md: model EMS as a carrier preset, not as Postal Law). An
 *       express company's item is an express item whatever mail class it carries. Both countries the
 *       same other country: {@link Regime#NONE} (no national rules of that country are ready).
 *   <li><b>Cross-border by air</b>: {@link Regime#MONTREAL} when both countries are Montreal
 *       parties; else {@link Regime#WARSAW_HAGUE} when both are parties to Warsaw as amended at The
 *       Hague ("still governs air carriage where one state is not an MC99 party", docs/conventions.md); else
 *       {@link Regime#NONE}.
 *   <li><b>Cross-border by road</b>: {@link Regime#CMR} when at least one of the two countries is a
 *       CMR contracting state (CMR Art. 1(1); docs/conventions.md says only "international road carriage"),
 *       else {@link Regime#NONE}.
 *   <li><b>Cross-border by rail, sea or several modes</b>: {@link Regime#NONE}; docs/README.md holds no
 *       rules for them, nor the conventions' rules for combined carriage.
 * </ol>
 *
 * <p>The ready policy of each regime is {@link PostalLaw#policy()}, {@link CivilCodeExpress#policy()},
 * the Montreal catalogue {@link Conventions#montrealCargo()} (itself a policy that runs the version in
 * force on the date of carriage), {@link Conventions#warsawHague()} and {@link Conventions#cmr()};
 * {@link Regime#NONE} has none. A carrier replaces any of them with its own ({@link #withPolicy}), such
 * as its tariff for {@link Regime#CIVIL_LAW} or its international terms for {@link Regime#NONE}.
 *
 * <p>The chooser is itself a {@link CompensationPolicy} (id {@value #ID}, version {@value #VERSION},
 * in force on every date), so a workflow can run it: its assessment is the governing policy's, named
 * by that policy's id, under one more root step that names the regime. Immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class RegimeChooser implements CompensationPolicy {
  /** The rule id of the chooser's explanation step. */
  public static final String ID = "regime.chooser";

  /** The chooser's version: the docs/README.md revision its choices follow. */
  public static final String VERSION = "2026-12";

  /** Mainland China's country code. */
  private static final String CN = "CN";

  private static final PolicyId POLICY_ID = PolicyId.of(ID, VERSION);

  private final ConventionStates states;
  private final Map<Regime, CompensationPolicy> policies;

  private RegimeChooser(ConventionStates states, Map<Regime, CompensationPolicy> policies) {
    this.states = states;
    this.policies = policies;
  }

  /**
   * A chooser with the ready policy of each regime.
   *
   * @param states the convention parties, as the caller knows them
   * @return the chooser
   */
  public static RegimeChooser of(ConventionStates states) {
    Objects.requireNonNull(states, "states");
    Map<Regime, CompensationPolicy> ready = new EnumMap<>(Regime.class);
    ready.put(Regime.POSTAL_LAW, PostalLaw.policy());
    ready.put(Regime.CIVIL_LAW, CivilCodeExpress.policy());
    ready.put(Regime.MONTREAL, Conventions.montrealCargo());
    ready.put(Regime.WARSAW_HAGUE, Conventions.warsawHague());
    ready.put(Regime.CMR, Conventions.cmr());
    return new RegimeChooser(states, ready);
  }

  /**
   * This chooser with another policy for one regime, such as a carrier's own tariff.
   *
   * @param regime the regime
   * @param policy the policy that assesses the claims it governs
   * @return a copy
   */
  public RegimeChooser withPolicy(Regime regime, CompensationPolicy policy) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(policy, "policy");
    Map<Regime, CompensationPolicy> copy = new EnumMap<>(Regime.class);
    copy.putAll(policies);
    copy.put(regime, policy);
    return new RegimeChooser(states, copy);
  }

  /** {@return the convention parties this chooser reads} */
  public ConventionStates states() {
    return states;
  }

  /**
   * The policy this chooser runs for a regime.
   *
   * @param regime the regime
   * @return the policy, or empty ({@link Regime#NONE} unless supplied)
   */
  public Optional<CompensationPolicy> policyFor(Regime regime) {
    return Optional.ofNullable(policies.get(Objects.requireNonNull(regime, "regime")));
  }

  /**
   * The regime that governs a claim, with its policy and the step that says why.
   *
   * @param claim the claim
   * @return the regime
   */
  public GoverningRegime choose(Claim claim) {
    return choose(claim.shipment());
  }

  /**
   * The regime that governs claims on a shipment, with its policy and the step that says why.
   *
   * @param shipment the shipment
   * @return the regime
   */
  public GoverningRegime choose(Shipment shipment) {
    return choose(shipment, List.of());
  }

  private GoverningRegime choose(Shipment shipment, List<ExplanationStep> children) {
    Objects.requireNonNull(shipment, "shipment");
    String from = shipment.origin().country();
    String to = shipment.destination().country();
    Choice c = decide(shipment, from, to);
    ExplanationStep.Builder step = ExplanationStep.builder()
        .rule(POLICY_ID)
        .messageKey("explain.regime." + c.key)
        .addArguments(MessageArg.code(from), MessageArg.code(to));
    shipment.carrier().ifPresent(k -> step.addFacts(new Fact("carrier", MessageArg.code(k.toString()))));
    step.addFacts(
        new Fact("mailClass", MessageArg.code(shipment.mailClass().name())),
        new Fact("transportMode", MessageArg.code(shipment.transportMode().name())),
        new Fact("scope", MessageArg.code(shipment.scope().name())),
        new Fact("origin", MessageArg.code(from)),
        new Fact("destination", MessageArg.code(to)),
        new Fact("regime", MessageArg.code(c.regime.code())));
    step.addAllChildren(children);
    return new GoverningRegime(c.regime, policyFor(c.regime), step.build());
  }

  private record Choice(Regime regime, String key) {}

  private Choice decide(Shipment s, String from, String to) {
    CarrierKind kind = s.carrier().map(Carrier::kind).orElse(null);
    boolean postalItem = s.mailClass() != MailClass.EXPRESS
        && (kind == null || kind == CarrierKind.POSTAL_OPERATOR);
    boolean crossBorder = !from.equals(to);
    if (postalItem) {
      if (!from.equals(CN)) {
        return new Choice(Regime.NONE, "postal-item-abroad");
      }
      return crossBorder
          ? new Choice(Regime.POSTAL_LAW, "postal-law-cross-border")
          : new Choice(Regime.POSTAL_LAW, "postal-law");
    }
    if (!crossBorder) {
      if (!from.equals(CN)) {
        return new Choice(Regime.NONE, "domestic-abroad");
      }
      if (kind == CarrierKind.POSTAL_OPERATOR) {
        return new Choice(Regime.CIVIL_LAW, "civil-law-postal-express");
      }
      return kind == CarrierKind.OTHER
          ? new Choice(Regime.CIVIL_LAW, "civil-law-carrier")
          : new Choice(Regime.CIVIL_LAW, "civil-law");
    }
    return switch (s.transportMode()) {
      case AIR -> {
        if (states.montreal().contains(from) && states.montreal().contains(to)) {
          yield new Choice(Regime.MONTREAL, "montreal");
        }
        if (states.warsawHague().contains(from) && states.warsawHague().contains(to)) {
          yield new Choice(Regime.WARSAW_HAGUE, "warsaw-hague");
        }
        yield new Choice(Regime.NONE, "no-air-convention");
      }
      case ROAD -> states.cmr().contains(from) || states.cmr().contains(to)
          ? new Choice(Regime.CMR, "cmr")
          : new Choice(Regime.NONE, "no-road-convention");
      case RAIL -> new Choice(Regime.NONE, "no-rules-rail");
      case SEA -> new Choice(Regime.NONE, "no-rules-sea");
      case MULTIMODAL -> new Choice(Regime.NONE, "no-rules-multimodal");
    };
  }

  /** {@return {@value #ID}@{@value #VERSION}} */
  @Override
  public PolicyId id() {
    return POLICY_ID;
  }

  /** {@return every date: each regime's own policy checks its period} */
  @Override
  public EffectivePeriod period() {
    return EffectivePeriod.from(LocalDate.MIN);
  }

  /**
   * Assesses a claim with the policy of the regime that governs it, on the context as given: the
   * governing policy's assessment with the regime step as the root of its explanation.
   *
   * @param claim the claim
   * @param context the context, whose governing date the governing policy reads
   * @return the assessment, named by the governing policy's id
   * @throws IllegalArgumentException if the regime has no policy ({@link Regime#NONE} unless
   *     supplied), or the governing policy refuses the claim or context
   */
  @Override
  public Assessment assess(Claim claim, AssessmentContext context) {
    Objects.requireNonNull(context, "context");
    GoverningRegime governing = choose(claim);
    CompensationPolicy policy = governing.policy().orElseThrow(() -> new IllegalArgumentException(
        "no ready policy for regime " + governing.regime().code() + " (" + governing.explanation().messageKey()
            + "); supply one with withPolicy"));
    Assessment a = policy.assess(claim, context);
    return underRegime(choose(claim.shipment(), List.of(a.explanation())).explanation(), a);
  }

  /**
   * Assesses a claim with the rules that govern it, deriving the context's governing date: the one
   * call for the common case. The date is the governing policy's own (a {@link PolicyCatalogue}'s
   * {@linkplain PolicyCatalogue#governingDate() date function}, else the acceptance date), taken in
   * the zone of the place of acceptance when the shipment records one, else in {@code zone}.
   *
   * @param claim the claim
   * @param zone the zone in which the claim's instants become dates, such as {@code Asia/Shanghai}
   * @param inputs the assessor's inputs (values, rates, defences, other facts)
   * @return the assessment, named by the governing policy's id, under the regime step
   * @throws IllegalArgumentException if the regime has no policy, or the policy refuses the claim
   */
  public Assessment assess(Claim claim, ZoneId zone, AssessmentInputs inputs) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(inputs, "inputs");
    GoverningRegime governing = choose(claim);
    GoverningDate date = governing.policy()
        .filter(PolicyCatalogue.class::isInstance)
        .map(p -> ((PolicyCatalogue) p).governingDate())
        .orElse(GoverningDate.ACCEPTANCE);
    AssessmentContext.Builder b = AssessmentContext.builder().inputs(inputs);
    b.governingDate(date.of(claim, zone)).zone(zone);
    return assess(claim, b.build());
  }

  private static Assessment underRegime(ExplanationStep root, Assessment a) {
    Assessment.Builder b = Assessment.builder()
        .policy(a.policy())
        .outcome(a.outcome())
        .addAllDenialReasons(a.denialReasons())
        .addAllMissingEvidence(a.missingEvidence())
        .dueOn(a.dueOn())
        .addAllLines(a.lines())
        .currency(a.currency())
        .explanation(root);
    a.alternative().ifPresent(b::alternative);
    return b.build();
  }

  /** {@return the chooser and the parties it reads} */
  @Override
  public String toString() {
    return "RegimeChooser[" + POLICY_ID + ", " + states + "]";
  }
}
