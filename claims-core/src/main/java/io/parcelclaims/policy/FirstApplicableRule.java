package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import java.util.ArrayList;
import java.util.List;

/** The rule of the first branch whose condition holds; earlier branches show as not chosen. */
final class FirstApplicableRule implements AmountRule {
  /** The key of the step when no branch applies; a tariff leaves such a line's step out. */
  static final String NO_BRANCH_APPLIES = "explain.no-branch-applies";

  private final String id;
  private final List<Branch> branches;

  FirstApplicableRule(String id, List<Branch> branches) {
    this.id = id;
    this.branches = List.copyOf(branches);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation e) {
    List<ExplanationStep> considered = new ArrayList<>();
    for (Branch b : branches) {
      if (b.when().test(e.claim(), e.context())) {
        RuleResult chosen = b.rule().evaluate(e);
        ExplanationStep.Builder step =
            (b.when().code().equals("always")
                    ? e.step(id, "explain.otherwise")
                    : e.step(id, "explain.branch-chosen", MessageArg.code(b.when().code())))
                .addAllChildren(considered)
                .addChildren(chosen.step());
        if (chosen instanceof RuleResult.Amount a) {
          return RuleResult.amount(a.value(), step.after(a.value()).build());
        }
        return RuleResult.missing(((RuleResult.Missing) chosen).evidence(), step.build());
      }
      considered.add(
          e.step(b.rule().id(), "explain.branch-not-chosen", MessageArg.code(b.when().code()))
              .chosen(false)
              .build());
    }
    return RuleResult.amount(
        e.zero(),
        e.step(id, NO_BRANCH_APPLIES).addAllChildren(considered).after(e.zero()).build());
  }
}
