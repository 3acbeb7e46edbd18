package io.parcelclaims.policy;

import java.util.function.Function;

/** A rule that reads one value, named by its id. */
final class LeafRule implements AmountRule {
  private final String id;
  private final Function<Evaluation, RuleResult> read;

  LeafRule(String id, Function<Evaluation, RuleResult> read) {
    this.id = id;
    this.read = read;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public RuleResult evaluate(Evaluation evaluation) {
    return read.apply(evaluation);
  }
}
