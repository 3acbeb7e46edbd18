package io.parcelclaims.rules.intl;

import io.parcelclaims.policy.AmountRule;
import io.parcelclaims.policy.Condition;
import io.parcelclaims.policy.Evaluation;
import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.claim.EvidenceKind;
import java.util.stream.Collectors;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import io.parcelclaims.policy.RuleResult;

/**
 * A convention's cap on an amount, with what the carrier's fault does to it.
 *
 * <ul>
 *   <li>{@linkplain #liftedWhen Lifted}: when the condition holds the carrier may not rely on the
 *       limit (CMR Art. 29, wilful misconduct): the amount is paid uncapped, the limit is not even
 *       computed (so it needs no SDR rate), and the step (key {@code key}, arguments {@code {0}} the
 *       amount, {@code {1}} the code of the condition read) cites the article and names the fact;
 *   <li>{@linkplain #standsDespite Standing}: when the condition holds the limit applies all the same
 *       (Montreal Art. 22(5): the cargo limit is unbreakable whatever the carrier's fault), and a step
 *       of key {@code key} says so above the cap's own step.
 * </ul>
 *
 * Otherwise the cap's own step ({@code explain.cap-applied} or {@code explain.cap-not-reached}) is the
 * result, unchanged.
 */
final class ConventionCap implements AmountRule {
  private final String id;
  private final AmountRule inner;
  private final AmountRule capped;
  private final Condition when;
  private final boolean lifts;
  private final String key;

  private ConventionCap(String id, AmountRule inner, AmountRule limit, Condition when, boolean lifts, String key) {
    this.id = id;
    this.inner = inner;
    this.capped = inner.cappedAt(id, limit);
    this.when = when;
    this.lifts = lifts;
    this.key = key;
  }

  /** The amount at most the limit, unless {@code when} holds: then uncapped, explained by {@code key}. */
  static AmountRule liftedWhen(String id, AmountRule inner, AmountRule limit, Condition when, String key) {
    return new ConventionCap(id, inner, limit, when, true, key);
  }

  /** The amount at most the limit, and when {@code when} holds a step {@code key} saying it stands. */
  static AmountRule standsDespite(String id, AmountRule inner, AmountRule limit, Condition when, String key) {
    return new ConventionCap(id, inner, limit, when, false, key);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    boolean holds = when.test(e.claim(), e.context());
    if (!holds) {
      return capped.evaluate(e);
    }
    Fact fact = new Fact(when.code(), MessageArg.code("true"));
    if (!lifts) {
      RuleResult r = capped.evaluate(e);
      ExplanationStep.Builder step = e.step(id, key).addFacts(fact).addChildren(r.step());
      if (r instanceof RuleResult.Amount a) {
        return RuleResult.amount(a.value(), step.after(a.value()).build());
      }
      return missing(e, (RuleResult.Missing) r);
    }
    RuleResult r = inner.evaluate(e);
    if (r instanceof RuleResult.Amount a) {
      return RuleResult.amount(
          a.value(),
          e.step(id, key, MessageArg.money(a.value()), MessageArg.code(when.code()))
              .addFacts(fact)
              .before(a.value())
              .after(a.value())
              .addChildren(r.step())
              .build());
    }
    return missing(e, (RuleResult.Missing) r);
  }

  private RuleResult missing(Evaluation e, RuleResult.Missing m) {
    String kinds = m.evidence().stream().map(EvidenceKind::code).collect(Collectors.joining(", "));
    return RuleResult.missing(
        m.evidence(), e.step(id, "explain.evidence-missing", MessageArg.code(kinds)).addChildren(m.step()).build());
  }
}
