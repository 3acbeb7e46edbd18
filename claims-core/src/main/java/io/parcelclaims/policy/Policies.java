package io.parcelclaims.policy;

import io.parcelclaims.claim.Claim;
import io.parcelclaims.claim.ClaimType;
import io.parcelclaims.claim.DamageExtent;
import io.parcelclaims.claim.DenialReason;
import io.parcelclaims.claim.EvidenceKind;
import io.parcelclaims.claim.Item;
import io.parcelclaims.claim.ItemCategory;
import io.parcelclaims.claim.MailClass;
import io.parcelclaims.claim.ServiceScope;
import io.parcelclaims.claim.TransportMode;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts tariffs are composed from: amounts a tariff starts from, combinators over several
 * amounts, and conditions. Chain the {@link AmountRule} default methods for caps, floors,
 * deductibles, multipliers and proportions.
 *
 * <p>Every part has an id; explanations show it with the policy's version.
 *
 * @since 0.1.0
 */
public final class Policies {
  private Policies() {}

  // ---- amounts a rule starts from

  /** {@return the actual value proved by reviewed evidence ({@code V}); needs purchase proof} */
  public static AmountRule provedValue() {
    return contextValue("value.proved", "explain.proved-value", AssessmentContext::provedValue, EvidenceKind.PURCHASE_PROOF);
  }

  /** {@return the actual loss the assessor established ({@code L}); needs a damage assessment} */
  public static AmountRule assessedLoss() {
    return contextValue("value.assessed-loss", "explain.assessed-loss", AssessmentContext::assessedLoss, EvidenceKind.REPAIR_ESTIMATE);
  }

  /** {@return the declared (insured) value ({@code I}); zero when the shipment is not insured} */
  public static AmountRule insuredAmount() {
    return claimValue("value.insured", c -> c.shipment().declaredValue(), "explain.insured-amount");
  }

  /** {@return the shipping fee ({@code F}), excluding the insurance premium} */
  public static AmountRule shippingFee() {
    return claimValue("value.shipping-fee", c -> Optional.of(c.shipment().shippingFee()), "explain.shipping-fee");
  }

  /** {@return the value of the affected items (quantity × unit value), or of all contents when none is named} */
  public static AmountRule affectedItemsValue() {
    return claimValue("value.affected-items", c -> Optional.of(affectedValue(c)), "explain.affected-items-value");
  }

  /**
   * A multiple of the shipping fee, such as 7 × freight; exact.
   *
   * @param id the rule's id
   * @param times the multiple
   * @return the rule
   */
  public static AmountRule feeMultiple(String id, long times) {
    return new LeafRule(
        id,
        e -> {
          Money fee = e.claim().shipment().shippingFee();
          Money v = fee.multipliedBy(times);
          return RuleResult.amount(
              v,
              e.step(id, "explain.fee-multiple", MessageArg.decimal(BigDecimal.valueOf(times)), MessageArg.money(fee), MessageArg.money(v))
                  .addFacts(new Fact("shippingFee", MessageArg.money(fee)))
                  .after(v)
                  .build());
        });
  }

  /**
   * A fixed amount, such as a per-ticket limit.
   *
   * @param id the rule's id
   * @param amount the amount, in the claim's currency
   * @return the rule
   */
  public static AmountRule fixed(String id, Money amount) {
    return new LeafRule(
        id,
        e -> RuleResult.amount(amount, e.step(id, "explain.fixed", MessageArg.money(amount)).after(amount).build()));
  }

  /**
   * The smallest of several amounts.
   *
   * @param id the rule's id
   * @param rules the amounts
   * @return the rule
   */
  public static AmountRule minOf(String id, AmountRule... rules) {
    return new ExtremumRule(id, Arrays.asList(rules), true);
  }

  /**
   * The largest of several amounts.
   *
   * @param id the rule's id
   * @param rules the amounts
   * @return the rule
   */
  public static AmountRule maxOf(String id, AmountRule... rules) {
    return new ExtremumRule(id, Arrays.asList(rules), false);
  }

  /**
   * The rule of the first branch whose condition holds; zero when none does.
   *
   * @param id the rule's id
   * @param branches the branches, in the order they are considered
   * @return the rule
   */
  public static AmountRule firstApplicable(String id, Branch... branches) {
    return new FirstApplicableRule(id, Arrays.asList(branches));
  }

  /**
   * A branch of {@link #firstApplicable}.
   *
   * @param condition when it applies
   * @param rule what it yields
   * @return the branch
   */
  public static Branch when(Condition condition, AmountRule rule) {
    return new Branch(condition, rule);
  }

  /**
   * The last branch of {@link #firstApplicable}, which always applies.
   *
   * @param rule what it yields
   * @return the branch
   */
  public static Branch otherwise(AmountRule rule) {
    return new Branch(always(), rule);
  }

  /**
   * A rule that yields its amount only when a condition holds, and zero otherwise.
   *
   * @param id the rule's id
   * @param condition when it applies
   * @param rule what it yields then
   * @return the rule
   */
  public static AmountRule onlyWhen(String id, Condition condition, AmountRule rule) {
    return firstApplicable(id, when(condition, rule));
  }

  // ---- conditions

  /**
   * A condition from a code and a predicate; for a policy author's own questions.
   *
   * @param code the code explanations show
   * @param test the question
   * @return the condition
   */
  public static Condition condition(String code, BiPredicate<Claim, AssessmentContext> test) {
    return new Condition() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public boolean test(Claim claim, AssessmentContext context) {
        return test.test(claim, context);
      }

      @Override
      public String toString() {
        return code;
      }
    };
  }

  /** {@return a condition that always holds} */
  public static Condition always() {
    return condition("always", (c, x) -> true);
  }

  /**
   * The claim is of one of these types.
   *
   * @param types the types
   * @return the condition
   */
  public static Condition claimType(ClaimType... types) {
    List<ClaimType> list = List.of(types);
    return condition("type=" + join(list), (c, x) -> list.contains(c.type()));
  }

  /**
   * The claim is a damage claim of this extent.
   *
   * @param extent the extent
   * @return the condition
   */
  public static Condition damageExtent(DamageExtent extent) {
    return condition("damage=" + extent, (c, x) -> c.damageExtent().filter(extent::equals).isPresent());
  }

  /**
   * The service is of one of these scopes.
   *
   * @param scopes the scopes
   * @return the condition
   */
  public static Condition scope(ServiceScope... scopes) {
    List<ServiceScope> list = List.of(scopes);
    return condition("scope=" + join(list), (c, x) -> list.contains(c.shipment().scope()));
  }

  /**
   * The parcel travelled by one of these modes.
   *
   * @param modes the modes
   * @return the condition
   */
  public static Condition transportMode(TransportMode... modes) {
    List<TransportMode> list = List.of(modes);
    return condition("mode=" + join(list), (c, x) -> list.contains(c.shipment().transportMode()));
  }

  /**
   * The item is of one of these mail classes.
   *
   * @param classes the classes
   * @return the condition
   */
  public static Condition mailClass(MailClass... classes) {
    List<MailClass> list = List.of(classes);
    return condition("mail-class=" + join(list), (c, x) -> list.contains(c.shipment().mailClass()));
  }

  /**
   * The shipment contains an item of this category.
   *
   * @param category the category
   * @return the condition
   */
  public static Condition itemCategory(ItemCategory category) {
    return condition(
        "category=" + category,
        (c, x) -> c.shipment().contents().stream().anyMatch(i -> i.category().equals(category)));
  }

  /** {@return the shipment has a declared value (保价)} */
  public static Condition insured() {
    return condition("insured", (c, x) -> c.shipment().isInsured());
  }

  /** {@return the sender ships on a monthly account} */
  public static Condition monthlyAccount() {
    return condition("monthly-account", (c, x) -> c.shipment().monthlyAccount());
  }

  /**
   * This defence is established, entered as a defence or found as the investigation's root cause
   * ({@link AssessmentContext#establishedDefences()}).
   *
   * @param reason the defence
   * @return the condition
   */
  public static Condition defence(DenialReason reason) {
    return condition("defence=" + reason.code(), (c, x) -> x.establishedDefences().contains(reason));
  }

  /** {@return the loss was caused intentionally or by gross negligence} */
  public static Condition intentOrGrossNegligence() {
    return condition("intent-or-gross-negligence", (c, x) -> x.intentOrGrossNegligence());
  }

  /**
   * Checks that a policy is in force on the context's governing date; policy authors who implement
   * {@link CompensationPolicy} directly call this first.
   *
   * @param policy the policy
   * @param context the context
   * @throws IllegalArgumentException if the governing date is outside the policy's period
   */
  public static void requireInForce(CompensationPolicy policy, AssessmentContext context) {
    if (!policy.period().contains(context.governingDate())) {
      throw new IllegalArgumentException(
          policy.id() + " is in force " + policy.period() + ", not on " + context.governingDate());
    }
  }

  // ---- internals

  private static AmountRule contextValue(
      String id, String key, Function<AssessmentContext, Optional<Money>> read, EvidenceKind needed) {
    return new LeafRule(
        id,
        e ->
            read.apply(e.context())
                .map(v -> RuleResult.amount(v, e.step(id, key, MessageArg.money(v)).after(v).build()))
                .orElseGet(
                    () ->
                        RuleResult.missing(
                            List.of(needed),
                            e.step(id, "explain.evidence-missing", MessageArg.code(needed.code())).build())));
  }

  private static AmountRule claimValue(String id, Function<Claim, Optional<Money>> read, String key) {
    return new LeafRule(
        id,
        e -> {
          Money v = read.apply(e.claim()).orElse(e.zero());
          return RuleResult.amount(v, e.step(id, key, MessageArg.money(v)).after(v).build());
        });
  }

  private static Money affectedValue(Claim c) {
    if (c.affectedItems().isEmpty()) {
      return c.shipment().contentsValue();
    }
    return Money.total(
        c.shipment().currency(),
        c.affectedItems().stream()
            .map(a -> c.shipment().item(a.line()).map(Item::unitValue).orElseThrow().multipliedBy(a.quantity()))
            .toList());
  }

  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining("|"));
  }
}
