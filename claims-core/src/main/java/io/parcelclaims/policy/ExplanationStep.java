package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an assessment's explanation: which rule applied, what it read, the amount before and
 * after it, a message key with arguments, and the steps beneath it.
 *
 * <p>Steps form a tree in the order the rules applied. A branch that was considered but not chosen
 * is kept with {@link #chosen()} false, so a reader sees why it did not apply. Immutable and
 * thread-safe; lists only, so equal explanations print equally in every JVM run.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExplanationStep {
  ExplanationStep() {}

  /** {@return the rule that took this step, as {@code id@version}} */
  public abstract PolicyId rule();

  /** {@return the message key, kebab-case, such as {@code explain.cap-applied}} */
  public abstract String messageKey();

  /** {@return the message's arguments, in placeholder order} */
  public abstract List<MessageArg> arguments();

  /** {@return the facts the rule read} */
  public abstract List<Fact> facts();

  /** {@return the amount before the rule, where the rule changes an amount} */
  public abstract Optional<Money> before();

  /** {@return the amount after the rule, where the rule yields an amount} */
  public abstract Optional<Money> after();

  /** {@return the steps beneath this one, in the order they applied} */
  public abstract List<ExplanationStep> children();

  /** {@return false for a branch that was considered and not chosen} */
  @Value.Default
  public boolean chosen() {
    return true;
  }

  /** {@return this step and all beneath it, pre-order} */
  public final List<ExplanationStep> flatten() {
    List<ExplanationStep> all = new ArrayList<>();
    collect(this, all);
    return List.copyOf(all);
  }

  private static void collect(ExplanationStep step, List<ExplanationStep> into) {
    into.add(step);
    step.children().forEach(c -> collect(c, into));
  }

  /**
   * This step marked as a branch considered and not chosen.
   *
   * @param chosen whether the branch was chosen
   * @return a copy
   */
  public abstract ExplanationStep withChosen(boolean chosen);

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExplanationStep}; use once. */
  public static final class Builder extends ImmutableExplanationStep.Builder {
    Builder() {}
  }
}
