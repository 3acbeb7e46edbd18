package io.parcelclaims.testkit;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.Shipment;
import io.parcelclaims.money.Money;
import io.parcelclaims.policy.AssessmentContext;
import io.parcelclaims.testkit.internal.Rebuild;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A policy's promise that more of one input never makes it pay less: more declared value, more
 * proved value, more assessed loss or a higher shipping fee, everything else unchanged. A promise can
 * be limited to the claims where it holds, such as loss and total damage for the proved value, which
 * partial damage divides by.
 *
 * <p>{@link CompensationPolicyContract} checks each promise on generated claims: it raises the input
 * by one or more minor units and asserts the capped total does not fall. Immutable and thread-safe;
 * each narrowing method returns a new promise.
 *
 * @since 0.1.0
 */
public final class Monotone {
  /** The input raised. */
  private enum Input {
    DECLARED_VALUE("the declared value"),
    PROVED_VALUE("the proved value"),
    ASSESSED_LOSS("the assessed loss"),
    SHIPPING_FEE("the shipping fee");

    private final String text;

    Input(String text) {
      this.text = text;
    }
  }

  private final Input input;
  private final List<ClaimType> types;
  private final List<DamageExtent> extents;
  private final String condition;
  private final BiPredicate<Claim, AssessmentContext> applies;

  private Monotone(
      Input input, List<ClaimType> types, List<DamageExtent> extents, String condition, BiPredicate<Claim, AssessmentContext> applies) {
    this.input = input;
    this.types = List.copyOf(types);
    this.extents = List.copyOf(extents);
    this.condition = condition;
    this.applies = applies;
  }

  private static Monotone in(Input input) {
    return new Monotone(input, List.of(), List.of(), "", (c, x) -> true);
  }

  /** {@return the promise that a higher declared value of an insured shipment never pays less} */
  public static Monotone inDeclaredValue() {
    return in(Input.DECLARED_VALUE);
  }

  /** {@return the promise that a higher proved value never pays less} */
  public static Monotone inProvedValue() {
    return in(Input.PROVED_VALUE);
  }

  /** {@return the promise that a higher assessed loss never pays less} */
  public static Monotone inAssessedLoss() {
    return in(Input.ASSESSED_LOSS);
  }

  /** {@return the promise that a higher shipping fee never pays less} */
  public static Monotone inShippingFee() {
    return in(Input.SHIPPING_FEE);
  }

  /**
   * This promise for claims of these types only.
   *
   * @param claimTypes the types
   * @return the limited promise
   */
  public Monotone forClaimTypes(ClaimType... claimTypes) {
    return new Monotone(input, List.of(claimTypes), extents, condition, applies);
  }

  /** {@return this promise for loss claims and damage claims whose damage is total only} */
  public Monotone forLossOrTotalDamage() {
    return new Monotone(input, List.of(ClaimType.LOSS, ClaimType.DAMAGE), List.of(DamageExtent.TOTAL), condition, applies);
  }

  /** {@return this promise for damage claims whose damage is partial and short-contents claims only} */
  public Monotone forPartialDamageOrShortContents() {
    return new Monotone(
        input, List.of(ClaimType.DAMAGE, ClaimType.SHORT_CONTENTS), List.of(DamageExtent.PARTIAL), condition, applies);
  }

  /**
   * This promise only where a condition also holds; cases where it does not are skipped.
   *
   * @param description the condition in words, shown in failures
   * @param holds the condition
   * @return the limited promise
   */
  public Monotone when(String description, BiPredicate<Claim, AssessmentContext> holds) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(holds, "holds");
    String joined = condition.isEmpty() ? description : condition + " and " + description;
    return new Monotone(input, types, extents, joined, applies.and(holds));
  }

  /** Claims this promise is checked on. */
  ClaimArbitrary narrow(ClaimArbitrary claims) {
    ClaimArbitrary narrowed = types.isEmpty() ? claims : claims.ofType(types.toArray(ClaimType[]::new));
    if (!extents.isEmpty() && narrowed.types().contains(ClaimType.DAMAGE)) {
      narrowed = narrowed.damageExtent(extents.toArray(DamageExtent[]::new));
    }
    return input == Input.DECLARED_VALUE ? narrowed.insured() : narrowed;
  }

  /** Contexts this promise is checked in. */
  ContextArbitrary narrow(ContextArbitrary contexts) {
    return switch (input) {
      case PROVED_VALUE -> contexts.withProvedValue();
      case ASSESSED_LOSS -> contexts.withAssessedLoss();
      default -> contexts;
    };
  }

  /** Whether the promise covers a case. */
  boolean covers(ClaimCase c) {
    return applies.test(c.claim(), c.context());
  }

  /** The case with the input raised by {@code delta}, in the claim's currency. */
  ClaimCase raised(ClaimCase c, Money delta) {
    Claim claim = c.claim();
    Shipment s = claim.shipment();
    AssessmentContext x = c.context();
    return switch (input) {
      case DECLARED_VALUE ->
          new ClaimCase(
              Rebuild.claim(claim, Rebuild.shipment(s, s.shippingFee(), s.declaredValue().map(v -> v.plus(delta)), s.insurancePremium())),
              x);
      case SHIPPING_FEE ->
          new ClaimCase(
              Rebuild.claim(claim, Rebuild.shipment(s, s.shippingFee().plus(delta), s.declaredValue(), s.insurancePremium())), x);
      case PROVED_VALUE -> new ClaimCase(claim, Rebuild.context(x, x.provedValue().map(v -> v.plus(delta)), x.assessedLoss()));
      case ASSESSED_LOSS -> new ClaimCase(claim, Rebuild.context(x, x.provedValue(), x.assessedLoss().map(v -> v.plus(delta))));
    };
  }

  /** The value of the input in a case, for failure messages. */
  Optional<Money> valueIn(ClaimCase c) {
    return switch (input) {
      case DECLARED_VALUE -> c.claim().shipment().declaredValue();
      case SHIPPING_FEE -> Optional.of(c.claim().shipment().shippingFee());
      case PROVED_VALUE -> c.context().provedValue();
      case ASSESSED_LOSS -> c.context().assessedLoss();
    };
  }

  /** {@return the input, and the claims the promise is limited to} */
  String input() {
    return input.text;
  }

  /** {@return the promise in words, such as "more of the proved value never pays less, for LOSS and DAMAGE (TOTAL) claims"} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("more of ").append(input.text).append(" never pays less");
    if (!types.isEmpty()) {
      b.append(", for ").append(types);
      if (!extents.isEmpty()) {
        b.append(" with damage ").append(extents);
      }
      b.append(" claims");
    }
    if (!condition.isEmpty()) {
      b.append(", when ").append(condition);
    }
    return b.toString();
  }
}
